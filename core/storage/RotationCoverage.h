// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/RotationPlan.h"
#include "storage/RotationRecord.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace steward {

/** One person's share of a rotation: turns taken (held meetings, not skipped), turns still planned, the last one. */
struct RotationShare
{
    qint64 personId = 0;
    QString name;
    int taken = 0;
    int planned = 0;
    QDate last;
    QStringList topics; // taught so far
};

/**
 * Coverage of a rotation as of a day: who has taught (or held the seat) how often, which topics were
 * covered, and the gaps: eligible people without a turn so far and meetings held with an empty seat.
 */
struct RotationCoverage
{
    QList<RotationShare> shares; // every eligible or seated person, by name
    QStringList topicsCovered;
    QStringList neverTaken; // eligible, not opted out, no turn yet
    QList<QDate> unstaffed; // held meetings with at least one empty seat

    static RotationCoverage of(const RotationRecord& record, const RotationPlan& plan, QDate today);
};

} // namespace steward
