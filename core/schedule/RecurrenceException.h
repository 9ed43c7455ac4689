// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMetaType>
#include <QTime>

namespace steward {

/**
 * One session of a series taken out of the pattern: cancelled, or moved to another date/time (and length).
 * Identified by the date the rule puts it on, which becomes its iCalendar RECURRENCE-ID / EXDATE.
 */
struct RecurrenceException
{
    /** The date the rule gives this session (wall clock of the series' zone). */
    QDate originalDate;
    bool cancelled = false;
    /** Moved sessions: the new date and time on the wall clock of the series' zone. */
    QDate movedDate;
    QTime movedTime;
    /** Moved sessions: the new length in minutes; 0 keeps the series' length. */
    int movedMinutes = 0;

    static RecurrenceException cancel(QDate originalDate)
    {
        RecurrenceException exception;
        exception.originalDate = originalDate;
        exception.cancelled = true;
        return exception;
    }
    static RecurrenceException move(QDate originalDate, QDate newDate, QTime newTime, int newMinutes = 0)
    {
        RecurrenceException exception;
        exception.originalDate = originalDate;
        exception.movedDate = newDate;
        exception.movedTime = newTime;
        exception.movedMinutes = newMinutes;
        return exception;
    }

    bool operator==(const RecurrenceException&) const = default;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::RecurrenceException)
