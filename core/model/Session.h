// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "model/SessionFormat.h"
#include "model/SessionOccurrence.h"
#include "schedule/Recurrence.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace steward {

/**
 * A session of a community: a format, a time in a named zone, a length, a place or link, a facilitator, an
 * agenda, notes and learnings. With `repeat` set it is a series (one row, not copies) whose occurrences are
 * expanded on demand, on the wall clock of its zone; `exceptions` move or cancel single occurrences.
 */
struct Session
{
    qint64 id = 0;
    qint64 communityId = 0;
    SessionFormat format = SessionFormat::CaseRound;
    QString title;
    /** The start (of the first occurrence, for a series) as an instant; stored in UTC. */
    QDateTime start;
    /** The IANA zone whose wall clock the session keeps, e.g. "Europe/Berlin". */
    QString timeZone;
    int minutes = 0;
    QString place;
    QString link;
    /** 0: no facilitator yet. */
    qint64 facilitatorId = 0;
    QString agenda;
    QString notes;
    QString learnings;
    /** Notes and learnings stay in the app: never listed for scripts, never exported. */
    bool confidential = false;
    std::optional<RecurrenceRule> repeat;
    QList<RecurrenceException> exceptions;
    /** The iCalendar UID, stable across exports; made when the session is first stored if empty. */
    QString uid;
    /** Raised on every stored change, so calendars replace an exported copy (RFC 5545 SEQUENCE). */
    int sequence = 0;

    bool operator==(const Session&) const = default;

    bool isSeries() const { return repeat.has_value(); }
    QTimeZone zone() const;
    /** The start on the wall clock of the session's zone. */
    QDateTime localStart() const;
    /** The series as the schedule code sees it (validated); a failure for a one-off or a bad rule. */
    Result<Recurrence> recurrence() const;
    /** Occurrences overlapping [from, to) (an invalid bound is open), ordered by start. */
    QList<SessionOccurrence> occurrences(const QDateTime& from = {}, const QDateTime& to = {}) const;
    /** Occurrences overlapping the days from..to, inclusive, on the session's wall clock (invalid: open). */
    QList<SessionOccurrence> occurrencesOnDays(QDate from, QDate to) const;
    /** The occurrence named `date` (see SessionOccurrence), if it takes place. */
    std::optional<SessionOccurrence> occurrenceOn(QDate date) const;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::Session)
