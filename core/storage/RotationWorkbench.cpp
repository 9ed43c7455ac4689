// SPDX-License-Identifier: GPL-3.0-or-later
#include "RotationWorkbench.h"

#include "schedule/RotationEngine.h"
#include "storage/RotationRepository.h"
#include "storage/RotationSource.h"

#include <QCoreApplication>

namespace steward {

RotationWorkbench::RotationWorkbench(const Database& database)
    : m_database(database)
{
}

Result<std::optional<RotationRecord>> RotationWorkbench::stored(RotationKind kind, qint64 ownerId) const
{
    return RotationRepository(m_database).findFor(kind, ownerId);
}

Result<RotationPlan> RotationWorkbench::plan(const RotationRecord& record) const
{
    return RotationSource(m_database).storedPlan(record);
}

QList<QDate> RotationWorkbench::meetingDates(RotationKind kind, const RotationSettings& settings)
{
    const int step =
        kind == RotationKind::OnCall ? std::max(1, settings.daysPerShift) : 7 * std::max(1, settings.everyWeeks);
    QList<QDate> dates;
    // A skipped day does not count, so the plan still has `meetings` meetings; the bound stops a list of
    // holidays from running on for ever.
    for (qint64 i = 0; dates.size() < settings.meetings && settings.from.isValid() && i < 10 * 1000; ++i) {
        const QDate day = settings.from.addDays(i * step);
        if (!settings.skip.contains(day))
            dates.append(day);
    }
    return dates;
}

RotationSettings RotationWorkbench::continuing(const RotationRecord& record, QDate today)
{
    RotationSettings settings;
    settings.from = today;
    settings.seatsPerMeeting = record.seatsPerMeeting;
    settings.daysPerShift = record.daysPerShift > 0 ? record.daysPerShift : 7;
    settings.responseTargetMinutes = record.responseTargetMinutes;
    QList<QDate> future;
    for (const RotationMeeting& meeting : record.meetings) {
        if (meeting.date >= today)
            future.append(meeting.date);
    }
    if (future.isEmpty())
        return settings;
    settings.from = future.constFirst();
    settings.meetings = int(future.size());
    if (future.size() < 2 || record.kind == RotationKind::OnCall)
        return settings;
    // The pattern's step is the shortest gap; the pattern days missing in between are the holidays.
    qint64 step = future.at(0).daysTo(future.at(1));
    for (qsizetype i = 2; i < future.size(); ++i)
        step = std::min(step, future.at(i - 1).daysTo(future.at(i)));
    settings.everyWeeks = int(std::max<qint64>(1, step / 7));
    for (QDate day = future.constFirst(); day < future.constLast(); day = day.addDays(7 * settings.everyWeeks)) {
        if (!future.contains(day))
            settings.skip.append(day);
    }
    return settings;
}

Result<RotationRecord> RotationWorkbench::regenerated(
    RotationKind kind, qint64 ownerId, const RotationSettings& settings, const QDateTime& now, QStringList* notes) const
{
    using R = Result<RotationRecord>;
    RotationSeries series;
    series.kind = kind;
    series.ownerId = ownerId;
    series.from = settings.from;
    series.meetings = meetingDates(kind, settings);
    series.seatsPerMeeting = settings.seatsPerMeeting;
    series.daysPerShift = kind == RotationKind::OnCall ? settings.daysPerShift : 0;
    series.responseTargetMinutes = settings.responseTargetMinutes;
    if (series.meetings.isEmpty())
        return R::failure(
            QCoreApplication::translate("RotationWorkbench", "Choose a first day and at least one meeting."));
    RotationSource source(m_database);
    auto draft = source.draft(series);
    if (!draft)
        return R::failure(draft.errorString());
    // The same seed as before, so regenerating an unchanged rotation gives the same plan.
    if (draft->stored)
        series.seed = draft->request.seed = draft->stored->seed;
    auto plan = RotationEngine::generate(draft->request);
    if (!plan)
        return R::failure(plan.errorString());
    if (notes)
        *notes = draft->notes;
    return RotationSource::record(*plan, series, *draft, now);
}

Result<RotationRecord>
RotationWorkbench::swapped(const RotationRecord& record, RotationSeatRef first, RotationSeatRef second) const
{
    using R = Result<RotationRecord>;
    auto current = plan(record);
    if (!current)
        return R::failure(current.errorString());
    auto edit = RotationEngine::swapSeats(*current, first, second);
    if (!edit)
        return R::failure(edit.errorString());
    RotationRecord result = record;
    result.meetings = edit->plan.meetings;
    return result;
}

Result<RotationRecord>
RotationWorkbench::withPerson(const RotationRecord& record, RotationSeatRef seat, qint64 personId) const
{
    using R = Result<RotationRecord>;
    auto current = plan(record);
    if (!current)
        return R::failure(current.errorString());
    auto edit = RotationEngine::seatPerson(*current, seat, personId);
    if (!edit)
        return R::failure(edit.errorString());
    RotationRecord result = record;
    result.meetings = edit->plan.meetings;
    return result;
}

Result<RotationRecord>
RotationWorkbench::withStatus(const RotationRecord& record, RotationSeatRef seat, RotationSeat::Status status) const
{
    using R = Result<RotationRecord>;
    auto current = plan(record);
    if (!current)
        return R::failure(current.errorString());
    auto edit = RotationEngine::setStatus(*current, seat, status);
    if (!edit)
        return R::failure(edit.errorString());
    RotationRecord result = record;
    result.meetings = edit->plan.meetings;
    return result;
}

} // namespace steward
