// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

namespace steward {

/** A member of a mastermind group, with the name lists show. */
struct MastermindMember
{
    qint64 personId = 0;
    QString personName; // read from the person; ignored when writing
    QDate joined;

    bool operator==(const MastermindMember&) const = default;
};

/**
 * A mastermind group: a small recurring circle in a community where each meeting gives one or more
 * members the hot seat. Confidential by default: its notes stay in the app unless asked for.
 */
struct MastermindGroup
{
    /** The size the practice recommends; outside it the group is allowed but warned about. */
    static constexpr int kRecommendedMinimum = 4;
    static constexpr int kRecommendedMaximum = 8;

    qint64 id = 0;
    qint64 communityId = 0;
    QString name; // unique within the community
    QString cadence;
    QString groundRules;
    bool confidential = true;
    QList<MastermindMember> members; // ordered by name

    bool operator==(const MastermindGroup&) const = default;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::MastermindGroup)
