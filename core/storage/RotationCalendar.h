// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "schedule/IcsEvent.h"
#include "schedule/RotationPlan.h"
#include "storage/RotationRecord.h"

#include <QHash>
#include <QList>
#include <QTime>
#include <QTimeZone>

namespace steward {

class Database;

/**
 * A stored rotation as calendar events for IcsWriter: one event per meeting (or on-call shift) naming
 * who holds the seats, micro-teach topics and the on-call response target in the description. Nothing
 * confidential is written: goals and check-in notes never go into a calendar, and a confidential
 * group's events are marked so the writer leaves their description out unless told otherwise.
 */
class RotationCalendar
{
public:
    /** When and how long the recurring meeting a rotation belongs to takes place on a day. */
    struct MeetingTime
    {
        QTime start; // wall-clock time in the session's zone
        int minutes = 0;
        QTimeZone zone;
    };
    using MeetingTimes = QHash<QDate, MeetingTime>;

    /** Meetings start at this local time when neither the rotation nor a recurring meeting gives one. */
    static constexpr int kStartHour = 9;

    /**
     * Each meeting starts at the rotation's own time, else at the time of the recurring meeting that day
     * (`attached`), else at kStartHour; it lasts the rotation's length, else the meeting's, else a default.
     */
    static QList<IcsEvent> events(const RotationRecord& record,
                                  const RotationPlan& plan,
                                  const QString& ownerName,
                                  bool confidential,
                                  const QHash<qint64, IcsPerson>& people,
                                  const QTimeZone& zone,
                                  const MeetingTimes& attached = {});
    /**
     * The times of the community's recurring meetings of the rotation's format (mastermind for hot seats,
     * micro-teach for micro-teach slots) on the rotation's days, in the sessions' own zones; the first
     * such meeting of a day counts, and a day without one takes the time of the meeting before it (the
     * first one, before the series starts). On-call shifts have no meeting: empty.
     */
    static Result<MeetingTimes> attachedTimes(const Database& database, const RotationRecord& record);

private:
    static QString summaryOf(const RotationRecord& record,
                             const RotationPlan& plan,
                             const RotationMeeting& meeting,
                             const QString& ownerName);
    static QString
    descriptionOf(const RotationRecord& record, const RotationPlan& plan, const RotationMeeting& meeting);
    static int minutesOf(const RotationRecord& record, const MeetingTime* attached);
    static QDateTime
    startOf(const RotationRecord& record, QDate day, const MeetingTime* attached, const QTimeZone& zone);
    static MeetingTimes withGapsFilled(const RotationRecord& record, MeetingTimes times);
};

} // namespace steward
