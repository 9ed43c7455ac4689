// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/IcsEvent.h"
#include "schedule/RotationPlan.h"
#include "storage/RotationRecord.h"

#include <QHash>
#include <QList>
#include <QTime>
#include <QTimeZone>

namespace steward {

/**
 * A stored rotation as calendar events for IcsWriter: one event per meeting (or on-call shift) naming
 * who holds the seats, micro-teach topics and the on-call response target in the description. Nothing
 * confidential is written: goals and check-in notes never go into a calendar, and a confidential
 * group's events are marked so the writer leaves their description out unless told otherwise.
 */
class RotationCalendar
{
public:
    /** Meetings start at this local time (rotations store days, not times). */
    static constexpr int kStartHour = 9;

    static QList<IcsEvent> events(const RotationRecord& record,
                                  const RotationPlan& plan,
                                  const QString& ownerName,
                                  bool confidential,
                                  const QHash<qint64, IcsPerson>& people,
                                  const QTimeZone& zone);

private:
    static QString summaryOf(const RotationRecord& record,
                             const RotationPlan& plan,
                             const RotationMeeting& meeting,
                             const QString& ownerName);
    static QString
    descriptionOf(const RotationRecord& record, const RotationPlan& plan, const RotationMeeting& meeting);
    static int minutesOf(const RotationRecord& record);
};

} // namespace steward
