// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include <QCoreApplication>

namespace steward {

QTimeZone Session::zone() const
{
    return QTimeZone(timeZone.toUtf8());
}

QDateTime Session::localStart() const
{
    return start.toTimeZone(zone());
}

Result<Recurrence> Session::recurrence() const
{
    if (!repeat)
        return Result<Recurrence>::failure(
            QCoreApplication::translate("Session", "The session \"%1\" is not a series.").arg(title));
    const QDateTime local = localStart();
    return Recurrence::create(local.date(), local.time(), minutes, zone(), *repeat, exceptions);
}

QList<SessionOccurrence> Session::occurrences(const QDateTime& from, const QDateTime& to) const
{
    QList<SessionOccurrence> result;
    const QTimeZone z = zone();
    if (!z.isValid() || !start.isValid())
        return result;
    if (!repeat) {
        const QDateTime begin = localStart();
        const QDateTime end = begin.addSecs(qint64(minutes) * 60).toTimeZone(z);
        if ((!from.isValid() || end > from) && (!to.isValid() || begin < to))
            result.append({id, begin.date(), begin, end, false});
        return result;
    }
    auto series = recurrence();
    if (!series)
        return result;
    const QList<RecurrenceOccurrence> found =
        from.isValid() && to.isValid() ? series->occurrences(from, to) : series->allOccurrences();
    for (const RecurrenceOccurrence& o : found) {
        if ((from.isValid() && o.end <= from) || (to.isValid() && o.start >= to))
            continue;
        result.append({id, o.originalDate, o.start, o.end, o.moved});
    }
    return result;
}

QList<SessionOccurrence> Session::occurrencesOnDays(QDate from, QDate to) const
{
    const QTimeZone z = zone();
    const QDateTime begin = from.isValid() ? Recurrence::wallClock(from, QTime(0, 0), z) : QDateTime();
    const QDateTime end = to.isValid() ? Recurrence::wallClock(to.addDays(1), QTime(0, 0), z) : QDateTime();
    return occurrences(begin, end);
}

std::optional<SessionOccurrence> Session::occurrenceOn(QDate date) const
{
    if (!date.isValid())
        return std::nullopt;
    // A moved occurrence can lie anywhere, so look at all of them; a series is bounded by its count or end.
    for (const SessionOccurrence& occurrence : occurrences()) {
        if (occurrence.date == date)
            return occurrence;
    }
    return std::nullopt;
}

} // namespace steward
