// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "schedule/RecurrenceException.h"
#include "schedule/RecurrenceOccurrence.h"
#include "schedule/RecurrenceRule.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QTime>
#include <QTimeZone>

namespace steward {

/**
 * A series of sessions: a first session (wall-clock date and time in a zone, a length), a rule and exceptions.
 * One series, not copies: occurrences are expanded on demand, on the wall clock, so a 09:00 Europe/Berlin
 * meeting stays at 09:00 across daylight-saving changes. Semantics follow RFC 5545 (RRULE with WKST=MO, COUNT
 * counted before exceptions) so that what the app shows is what a calendar computes from the exported .ics.
 */
class Recurrence
{
public:
    /** An empty, invalid series; build real ones with create(). */
    Recurrence() = default;

    /** Validates and builds a series; every refusal names what is wrong in words. */
    static Result<Recurrence> create(QDate firstDate,
                                     QTime startTime,
                                     int minutes,
                                     const QTimeZone& zone,
                                     const RecurrenceRule& rule,
                                     const QList<RecurrenceException>& exceptions = {});
    /** The same series with one more exception (replacing an earlier one for the same date), validated. */
    Result<Recurrence> withException(const RecurrenceException& exception) const;
    /** The same series with the exception for originalDate removed (the session is back where the rule puts it). */
    Recurrence withoutException(QDate originalDate) const;

    bool isValid() const { return m_zone.isValid() && m_firstDate.isValid(); }
    QDate firstDate() const { return m_firstDate; }
    QTime startTime() const { return m_startTime; }
    int minutes() const { return m_minutes; }
    QTimeZone timeZone() const { return m_zone; }
    const RecurrenceRule& rule() const { return m_rule; }
    const QList<RecurrenceException>& exceptions() const { return m_exceptions; }

    /** Every date the rule generates, in order, before exceptions. */
    QList<QDate> ruleDates() const;
    /** Sessions overlapping [from, to) (instants), exceptions applied, ordered by start. */
    QList<RecurrenceOccurrence> occurrences(const QDateTime& from, const QDateTime& to) const;
    /** Sessions overlapping the days from..to (inclusive, wall clock of the series' zone). */
    QList<RecurrenceOccurrence> occurrences(QDate from, QDate to) const;
    /** Every session, exceptions applied, ordered by start. */
    QList<RecurrenceOccurrence> allOccurrences() const;

    // What an iCalendar VEVENT needs.
    /** The RRULE value, e.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=10;WKST=MO" (UNTIL in UTC, RFC 5545). */
    QString rrule() const;
    /** Original starts of cancelled sessions (EXDATE), in the series' zone, ordered. */
    QList<QDateTime> cancelledStarts() const;
    /** Moved sessions (each a VEVENT with RECURRENCE-ID = originalStart), ordered by original date. */
    QList<RecurrenceOccurrence> movedOccurrences() const;
    /** The end of the last session taking place, moved ones included (e.g. the span a VTIMEZONE must cover). */
    QDateTime lastEnd() const;

    /**
     * The instant of a wall-clock date and time in zone, as RFC 5545 3.3.5 reads it: a time that occurs twice
     * (autumn) is the first one; a time that does not exist (spring gap) uses the offset before the gap.
     */
    static QDateTime wallClock(QDate date, QTime time, const QTimeZone& zone);

    bool operator==(const Recurrence&) const = default;

private:
    Status validate() const;
    Status validateExceptions() const;
    QList<Qt::DayOfWeek> effectiveWeekdays() const;
    int effectiveWeekOfMonth() const;
    /** Rule dates up to (and including) the day `last`; stops at count/until as well. */
    QList<QDate> ruleDatesUntil(QDate last) const;
    RecurrenceOccurrence occurrenceAt(int index, QDate originalDate) const;
    QList<RecurrenceOccurrence> expand(QDate lastOriginal) const;

    QDate m_firstDate;
    QTime m_startTime;
    int m_minutes = 0;
    QTimeZone m_zone;
    RecurrenceRule m_rule;
    QList<RecurrenceException> m_exceptions;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::Recurrence)
