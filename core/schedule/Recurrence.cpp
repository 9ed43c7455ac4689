// SPDX-License-Identifier: GPL-3.0-or-later
#include "Recurrence.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace steward {

namespace {

constexpr int kMaxMinutes = 24 * 60;
// A monthly rule on the 5th weekday with a large interval can skip many months; give up after 400 years.
constexpr int kMaxEmptyMonths = 12 * 400;

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

/** The n-th (1..5) or last (-1) weekday of the month of `monthStart`; invalid if the month has no such day. */
QDate nthWeekday(QDate monthStart, Qt::DayOfWeek weekday, int n)
{
    if (n < 0) {
        const QDate last(monthStart.year(), monthStart.month(), monthStart.daysInMonth());
        return last.addDays(-((last.dayOfWeek() - int(weekday) + 7) % 7));
    }
    const int day = 1 + (int(weekday) - monthStart.dayOfWeek() + 7) % 7 + 7 * (n - 1);
    return day <= monthStart.daysInMonth() ? QDate(monthStart.year(), monthStart.month(), day) : QDate();
}

QString icsDay(Qt::DayOfWeek day)
{
    static const char* const kNames[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    return QString::fromLatin1(kNames[int(day) - 1]);
}

} // namespace

Result<Recurrence> Recurrence::create(QDate firstDate,
                                      QTime startTime,
                                      int minutes,
                                      const QTimeZone& zone,
                                      const RecurrenceRule& rule,
                                      const QList<RecurrenceException>& exceptions)
{
    Recurrence series;
    series.m_firstDate = firstDate;
    series.m_startTime = startTime;
    series.m_minutes = minutes;
    series.m_zone = zone;
    series.m_rule = rule;
    std::sort(series.m_rule.weekdays.begin(), series.m_rule.weekdays.end());
    series.m_rule.weekdays.erase(std::unique(series.m_rule.weekdays.begin(), series.m_rule.weekdays.end()),
                                 series.m_rule.weekdays.end());
    series.m_exceptions = exceptions;
    std::sort(series.m_exceptions.begin(), series.m_exceptions.end(), [](const auto& a, const auto& b) {
        return a.originalDate < b.originalDate;
    });
    if (Status status = series.validate(); !status)
        return Result<Recurrence>::failure(status.errorString());
    if (Status status = series.validateExceptions(); !status)
        return Result<Recurrence>::failure(status.errorString());
    return series;
}

Result<Recurrence> Recurrence::withException(const RecurrenceException& exception) const
{
    QList<RecurrenceException> exceptions = withoutException(exception.originalDate).m_exceptions;
    exceptions.append(exception);
    return create(m_firstDate, m_startTime, m_minutes, m_zone, m_rule, exceptions);
}

Recurrence Recurrence::withoutException(QDate originalDate) const
{
    Recurrence series = *this;
    series.m_exceptions.removeIf([originalDate](const auto& e) { return e.originalDate == originalDate; });
    return series;
}

Status Recurrence::validate() const
{
    if (!m_zone.isValid())
        return Status::failure(QCoreApplication::translate("Recurrence", "The time zone of the series is not known."));
    if (!m_firstDate.isValid() || !m_startTime.isValid())
        return Status::failure(
            QCoreApplication::translate("Recurrence", "The series needs a valid first date and start time."));
    if (m_minutes < 1 || m_minutes > kMaxMinutes)
        return Status::failure(QCoreApplication::translate(
                                   "Recurrence", "A session must last between 1 minute and 24 hours (got %1 minutes).")
                                   .arg(m_minutes));
    if (m_rule.interval < 1)
        return Status::failure(
            QCoreApplication::translate("Recurrence",
                                        "A series repeats every 1 or more weeks or months (got an interval of %1).")
                .arg(m_rule.interval));
    if (!m_rule.count && !m_rule.until.isValid())
        return Status::failure(QCoreApplication::translate(
            "Recurrence", "A recurring series needs either a number of sessions or an end date."));
    if (m_rule.count && m_rule.until.isValid())
        return Status::failure(QCoreApplication::translate(
            "Recurrence", "Give a recurring series either a number of sessions or an end date, not both."));
    if (m_rule.count && *m_rule.count < 1)
        return Status::failure(
            QCoreApplication::translate("Recurrence", "A series needs at least one session (the count is %1).")
                .arg(*m_rule.count));
    if (m_rule.until.isValid() && m_rule.until < m_firstDate)
        return Status::failure(
            QCoreApplication::translate("Recurrence", "The series ends on %1, before its first session on %2.")
                .arg(isoDate(m_rule.until), isoDate(m_firstDate)));
    for (Qt::DayOfWeek day : m_rule.weekdays) {
        if (int(day) < 1 || int(day) > 7)
            return Status::failure(
                QCoreApplication::translate("Recurrence", "%1 is not a day of the week.").arg(int(day)));
    }
    if (!effectiveWeekdays().contains(Qt::DayOfWeek(m_firstDate.dayOfWeek())))
        return Status::failure(
            QCoreApplication::translate("Recurrence",
                                        "The first session on %1 is not on one of the series' days of the week.")
                .arg(isoDate(m_firstDate)));
    if (m_rule.frequency == RecurrenceFrequency::MonthlyByWeekday) {
        const int week = m_rule.weekOfMonth;
        if (week < -1 || week > 5)
            return Status::failure(
                QCoreApplication::translate("Recurrence",
                                            "The week of the month must be 1 to 5, or -1 for the last one (got %1).")
                    .arg(week));
        const QDate monthStart(m_firstDate.year(), m_firstDate.month(), 1);
        if (nthWeekday(monthStart, Qt::DayOfWeek(m_firstDate.dayOfWeek()), effectiveWeekOfMonth()) != m_firstDate) {
            const QString which = week < 0 ? QCoreApplication::translate("Recurrence", "the last week")
                                           : QCoreApplication::translate("Recurrence", "week %1").arg(week);
            return Status::failure(
                QCoreApplication::translate("Recurrence", "The first session on %1 is not in %2 of its month.")
                    .arg(isoDate(m_firstDate), which));
        }
    }
    return {};
}

Status Recurrence::validateExceptions() const
{
    if (m_exceptions.isEmpty())
        return {};
    const QList<QDate> dates = ruleDatesUntil(m_exceptions.constLast().originalDate);
    for (qsizetype i = 0; i < m_exceptions.size(); ++i) {
        const RecurrenceException& e = m_exceptions.at(i);
        if (!e.originalDate.isValid() || !std::binary_search(dates.begin(), dates.end(), e.originalDate))
            return Status::failure(
                QCoreApplication::translate("Recurrence", "The series has no session on %1 to move or cancel.")
                    .arg(isoDate(e.originalDate)));
        if (i > 0 && m_exceptions.at(i - 1).originalDate == e.originalDate)
            return Status::failure(QCoreApplication::translate("Recurrence", "The session on %1 is changed twice.")
                                       .arg(isoDate(e.originalDate)));
        if (e.cancelled)
            continue;
        if (!e.movedDate.isValid() || !e.movedTime.isValid())
            return Status::failure(QCoreApplication::translate(
                                       "Recurrence", "The session of %1 is moved but has no valid new date and time.")
                                       .arg(isoDate(e.originalDate)));
        if (e.movedMinutes < 0 || e.movedMinutes > kMaxMinutes)
            return Status::failure(QCoreApplication::translate(
                                       "Recurrence", "The moved session of %1 must last between 1 minute and 24 hours.")
                                       .arg(isoDate(e.originalDate)));
    }
    // A moved session must not land on top of another session of the same series.
    const QList<RecurrenceOccurrence> all = allOccurrences();
    for (const RecurrenceOccurrence& moved : all) {
        if (!moved.moved)
            continue;
        for (const RecurrenceOccurrence& other : all) {
            if (other.index != moved.index && other.start < moved.end && moved.start < other.end)
                return Status::failure(QCoreApplication::translate(
                                           "Recurrence", "The session moved from %1 would overlap the session of %2.")
                                           .arg(isoDate(moved.originalDate), isoDate(other.originalDate)));
        }
    }
    return {};
}

QList<Qt::DayOfWeek> Recurrence::effectiveWeekdays() const
{
    if (!m_rule.weekdays.isEmpty())
        return m_rule.weekdays;
    return {Qt::DayOfWeek(m_firstDate.dayOfWeek())};
}

int Recurrence::effectiveWeekOfMonth() const
{
    return m_rule.weekOfMonth != 0 ? m_rule.weekOfMonth : (m_firstDate.day() - 1) / 7 + 1;
}

QList<QDate> Recurrence::ruleDates() const
{
    return ruleDatesUntil(QDate());
}

QList<QDate> Recurrence::ruleDatesUntil(QDate last) const
{
    QList<QDate> dates;
    if (!isValid() || (!m_rule.count && !m_rule.until.isValid()))
        return dates; // never unbounded
    const QList<Qt::DayOfWeek> days = effectiveWeekdays();
    // Returns false once the sequence is complete.
    auto take = [&](QDate date) {
        if (!date.isValid() || (m_rule.until.isValid() && date > m_rule.until) || (last.isValid() && date > last)
            || (m_rule.count && dates.size() >= *m_rule.count))
            return false;
        if (date >= m_firstDate)
            dates.append(date);
        return true;
    };
    if (m_rule.frequency == RecurrenceFrequency::Weekly) {
        // Weeks start on Monday (WKST=MO), counted from the week of the first session.
        const QDate weekStart = m_firstDate.addDays(1 - m_firstDate.dayOfWeek());
        for (qint64 week = 0;; week += m_rule.interval) {
            for (Qt::DayOfWeek day : days) {
                if (!take(weekStart.addDays(7 * week + int(day) - 1)))
                    return dates;
            }
        }
    }
    const int n = effectiveWeekOfMonth();
    int emptyMonths = 0;
    for (QDate month(m_firstDate.year(), m_firstDate.month(), 1);; month = month.addMonths(m_rule.interval)) {
        QList<QDate> inMonth;
        for (Qt::DayOfWeek day : days) {
            if (const QDate date = nthWeekday(month, day, n); date.isValid())
                inMonth.append(date);
        }
        std::sort(inMonth.begin(), inMonth.end());
        if (inMonth.isEmpty()) {
            const bool pastEnd = (m_rule.until.isValid() && month > m_rule.until) || (last.isValid() && month > last);
            if (pastEnd || ++emptyMonths > kMaxEmptyMonths || !month.isValid())
                return dates;
            continue;
        }
        emptyMonths = 0;
        for (QDate date : inMonth) {
            if (!take(date))
                return dates;
        }
    }
}

RecurrenceOccurrence Recurrence::occurrenceAt(int index, QDate originalDate) const
{
    RecurrenceOccurrence occurrence;
    occurrence.index = index;
    occurrence.originalDate = originalDate;
    occurrence.originalStart = wallClock(originalDate, m_startTime, m_zone);
    occurrence.start = occurrence.originalStart;
    int minutes = m_minutes;
    for (const RecurrenceException& e : m_exceptions) {
        if (e.originalDate == originalDate && !e.cancelled) {
            occurrence.moved = true;
            occurrence.start = wallClock(e.movedDate, e.movedTime, m_zone);
            if (e.movedMinutes > 0)
                minutes = e.movedMinutes;
        }
    }
    // Lengths are elapsed time: a session across a DST change still lasts `minutes`.
    occurrence.end = occurrence.start.addSecs(qint64(minutes) * 60).toTimeZone(m_zone);
    return occurrence;
}

QList<RecurrenceOccurrence> Recurrence::expand(QDate lastOriginal) const
{
    QList<RecurrenceOccurrence> result;
    const QList<QDate> dates = ruleDatesUntil(lastOriginal);
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const bool cancelled = std::any_of(m_exceptions.begin(), m_exceptions.end(), [&](const auto& e) {
            return e.originalDate == dates.at(i) && e.cancelled;
        });
        if (!cancelled)
            result.append(occurrenceAt(int(i), dates.at(i)));
    }
    std::stable_sort(result.begin(), result.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    return result;
}

QList<RecurrenceOccurrence> Recurrence::occurrences(const QDateTime& from, const QDateTime& to) const
{
    if (!isValid() || !from.isValid() || !to.isValid() || to <= from)
        return {};
    // Unmoved sessions start on their rule date (a DST gap shifts them by an hour at most), so rule dates up to
    // the day after `to` suffice; a moved session can come from any earlier or later rule date.
    QDate lastOriginal = to.toTimeZone(m_zone).date().addDays(1);
    for (const RecurrenceException& e : m_exceptions) {
        if (!e.cancelled)
            lastOriginal = std::max(lastOriginal, e.originalDate);
    }
    QList<RecurrenceOccurrence> result = expand(lastOriginal);
    result.removeIf([&](const RecurrenceOccurrence& o) { return !(o.start < to && o.end > from); });
    return result;
}

QList<RecurrenceOccurrence> Recurrence::occurrences(QDate from, QDate to) const
{
    return occurrences(wallClock(from, QTime(0, 0), m_zone), wallClock(to.addDays(1), QTime(0, 0), m_zone));
}

QList<RecurrenceOccurrence> Recurrence::allOccurrences() const
{
    return expand(QDate());
}

QString Recurrence::rrule() const
{
    if (!isValid())
        return {};
    QStringList parts;
    const bool weekly = m_rule.frequency == RecurrenceFrequency::Weekly;
    parts << (weekly ? u"FREQ=WEEKLY"_s : u"FREQ=MONTHLY"_s);
    if (m_rule.interval > 1)
        parts << u"INTERVAL=%1"_s.arg(m_rule.interval);
    QStringList days;
    for (Qt::DayOfWeek day : effectiveWeekdays())
        days << (weekly ? icsDay(day) : QString::number(effectiveWeekOfMonth()) + icsDay(day));
    parts << u"BYDAY="_s + days.join(u',');
    if (m_rule.count) {
        parts << u"COUNT=%1"_s.arg(*m_rule.count);
    } else {
        // With a TZID'd DTSTART, RFC 5545 wants UNTIL in UTC; the last start the rule generates is exact.
        const QList<QDate> dates = ruleDates();
        const QDateTime last = wallClock(dates.constLast(), m_startTime, m_zone).toUTC();
        parts << u"UNTIL="_s + last.toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    }
    parts << u"WKST=MO"_s;
    return parts.join(u';');
}

QList<QDateTime> Recurrence::cancelledStarts() const
{
    QList<QDateTime> starts;
    for (const RecurrenceException& e : m_exceptions) {
        if (e.cancelled)
            starts.append(wallClock(e.originalDate, m_startTime, m_zone));
    }
    return starts;
}

QList<RecurrenceOccurrence> Recurrence::movedOccurrences() const
{
    QList<RecurrenceOccurrence> moved;
    if (m_exceptions.isEmpty())
        return moved;
    const QList<QDate> dates = ruleDatesUntil(m_exceptions.constLast().originalDate);
    for (const RecurrenceException& e : m_exceptions) {
        if (e.cancelled)
            continue;
        const auto it = std::lower_bound(dates.begin(), dates.end(), e.originalDate);
        if (it != dates.end() && *it == e.originalDate)
            moved.append(occurrenceAt(int(it - dates.begin()), e.originalDate));
    }
    return moved;
}

QDateTime Recurrence::lastEnd() const
{
    QDateTime last;
    for (const RecurrenceOccurrence& o : allOccurrences()) {
        if (!last.isValid() || o.end > last)
            last = o.end;
    }
    return last;
}

QDateTime Recurrence::wallClock(QDate date, QTime time, const QTimeZone& zone)
{
    if (!date.isValid() || !time.isValid() || !zone.isValid())
        return {};
    // Qt 6.4 answers an invalid QDateTime inside a gap and the later of two repeated times; RFC 5545 wants the
    // earlier one and, in a gap, the offset before it. So read the wall clock against the offsets around it.
    const QDateTime asUtc(date, time, QTimeZone::utc());
    const int before = zone.offsetFromUtc(asUtc.addSecs(-86400));
    const int candidates[] = {before, zone.offsetFromUtc(asUtc), zone.offsetFromUtc(asUtc.addSecs(86400))};
    QDateTime best;
    for (int offset : candidates) {
        const QDateTime instant = asUtc.addSecs(-offset);
        if (zone.offsetFromUtc(instant) == offset && (!best.isValid() || instant < best))
            best = instant;
    }
    if (!best.isValid())
        best = asUtc.addSecs(-before);
    return best.toTimeZone(zone);
}

} // namespace steward
