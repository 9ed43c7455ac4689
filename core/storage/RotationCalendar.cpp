// SPDX-License-Identifier: GPL-3.0-or-later
#include "RotationCalendar.h"

#include "schedule/RotationSeat.h"
#include "storage/MastermindRepository.h"
#include "storage/SessionRepository.h"

#include <QCoreApplication>
#include <QSet>

namespace steward {

QString RotationCalendar::summaryOf(const RotationRecord& record,
                                    const RotationPlan& plan,
                                    const RotationMeeting& meeting,
                                    const QString& ownerName)
{
    QStringList names;
    for (qint64 id : meeting.people())
        names << plan.displayName(id);
    const QString who =
        names.isEmpty() ? QCoreApplication::translate("RotationCalendar", "nobody") : names.join(QStringLiteral(", "));
    switch (record.kind) {
    case RotationKind::HotSeat:
        return QCoreApplication::translate("RotationCalendar", "%1: hot seat %2").arg(ownerName, who);
    case RotationKind::MicroTeach:
        return QCoreApplication::translate("RotationCalendar", "%1: micro-teach %2").arg(ownerName, who);
    case RotationKind::OnCall:
        return QCoreApplication::translate("RotationCalendar", "%1: on call %2").arg(ownerName, who);
    }
    return who;
}

QString
RotationCalendar::descriptionOf(const RotationRecord& record, const RotationPlan& plan, const RotationMeeting& meeting)
{
    QStringList lines;
    for (qsizetype i = 0; i < meeting.seats.size(); ++i) {
        const RotationSeat& seat = meeting.seats.at(i);
        if (seat.isEmpty())
            continue;
        const QString topic = record.topic(meeting.date, int(i + 1));
        const QString artefact = record.artefact(meeting.date, int(i + 1));
        QString line = plan.displayName(seat.personId);
        if (!topic.isEmpty())
            line += QStringLiteral(": ") + topic;
        if (!artefact.isEmpty())
            line += QStringLiteral(" (%1)").arg(artefact);
        if (seat.status != RotationSeat::Status::Planned)
            line += QStringLiteral(" [%1]").arg(RotationSeat::statusKey(seat.status));
        lines << line;
    }
    if (record.kind == RotationKind::OnCall && record.responseTargetMinutes > 0)
        lines << QCoreApplication::translate(
            "RotationCalendar", "Response-time target: %n minute(s)", nullptr, record.responseTargetMinutes);
    return lines.join(QLatin1Char('\n'));
}

int RotationCalendar::minutesOf(const RotationRecord& record, const MeetingTime* attached)
{
    // An on-call shift lasts its days whatever the handover time.
    if (record.kind == RotationKind::OnCall)
        return std::max(1, record.daysPerShift) * 24 * 60;
    if (record.minutes > 0)
        return record.minutes;
    if (attached && attached->minutes > 0)
        return attached->minutes;
    return record.kind == RotationKind::MicroTeach ? 10 * std::max(1, record.seatsPerMeeting) : 60;
}

QDateTime
RotationCalendar::startOf(const RotationRecord& record, QDate day, const MeetingTime* attached, const QTimeZone& zone)
{
    if (record.startTime.isValid())
        return QDateTime(day, record.startTime, zone);
    // The recurring meeting keeps its own wall clock; the writer turns it into the calendar's zone.
    if (attached && attached->start.isValid())
        return QDateTime(day, attached->start, attached->zone.isValid() ? attached->zone : zone);
    return QDateTime(day, QTime(kStartHour, 0), zone);
}

Result<RotationCalendar::MeetingTimes> RotationCalendar::attachedTimes(const Database& database,
                                                                       const RotationRecord& record)
{
    using R = Result<MeetingTimes>;
    if (record.kind == RotationKind::OnCall || record.meetings.isEmpty())
        return MeetingTimes{};
    qint64 communityId = record.communityId;
    if (record.kind == RotationKind::HotSeat) {
        auto group = MastermindRepository(database).find(record.mastermindGroupId);
        if (!group)
            return R::failure(group.errorString());
        communityId = group->has_value() ? (*group)->communityId : 0;
    }
    const SessionFormat format =
        record.kind == RotationKind::HotSeat ? SessionFormat::Mastermind : SessionFormat::MicroTeach;
    SessionRepository sessions(database);
    auto list = sessions.forCommunity(communityId);
    const QDateTime from(record.meetings.constFirst().date.addDays(-1), QTime(0, 0), Qt::UTC);
    const QDateTime to(record.meetings.constLast().date.addDays(2), QTime(0, 0), Qt::UTC);
    auto occurrences = sessions.occurrences(communityId, from, to);
    if (!list || !occurrences)
        return R::failure(list ? occurrences.errorString() : list.errorString());
    QSet<qint64> ofFormat;
    for (const Session& session : std::as_const(*list)) {
        if (session.format == format)
            ofFormat.insert(session.id);
    }
    MeetingTimes times;
    for (const SessionOccurrence& occurrence : std::as_const(*occurrences)) {
        // Occurrences carry their session's zone: the day and time as the community keeps them.
        const QDate day = occurrence.start.date();
        if (ofFormat.contains(occurrence.sessionId) && !times.contains(day))
            times.insert(day,
                         {occurrence.start.time(),
                          int(occurrence.start.secsTo(occurrence.end) / 60),
                          occurrence.start.timeZone()});
    }
    return withGapsFilled(record, times);
}

RotationCalendar::MeetingTimes RotationCalendar::withGapsFilled(const RotationRecord& record, MeetingTimes times)
{
    if (times.isEmpty())
        return times;
    // A day the series has no meeting (past its end, cancelled) keeps the time of the one before it,
    // or of the first one for days before the series starts.
    std::optional<MeetingTime> last;
    for (const RotationMeeting& meeting : record.meetings) {
        if (const auto it = times.constFind(meeting.date); it != times.constEnd()) {
            last = *it;
            break;
        }
    }
    for (const RotationMeeting& meeting : record.meetings) {
        if (const auto it = times.constFind(meeting.date); it != times.constEnd())
            last = *it;
        else if (last)
            times.insert(meeting.date, *last);
    }
    return times;
}

QList<IcsEvent> RotationCalendar::events(const RotationRecord& record,
                                         const RotationPlan& plan,
                                         const QString& ownerName,
                                         bool confidential,
                                         const QHash<qint64, IcsPerson>& people,
                                         const QTimeZone& zone,
                                         const MeetingTimes& attached)
{
    QList<IcsEvent> events;
    for (const RotationMeeting& meeting : plan.meetings) {
        IcsEvent event;
        // Stable per plan and day, so a re-import updates the calendar instead of duplicating it.
        event.uid = QStringLiteral("rotation-%1-%2@steward")
                        .arg(record.id)
                        .arg(meeting.date.toString(QStringLiteral("yyyyMMdd")));
        event.summary = summaryOf(record, plan, meeting, ownerName);
        event.description = descriptionOf(record, plan, meeting);
        event.confidential = confidential;
        const auto found = attached.constFind(meeting.date);
        const MeetingTime* time = found == attached.constEnd() ? nullptr : &*found;
        event.start = startOf(record, meeting.date, time, zone);
        event.minutes = minutesOf(record, time);
        // A shift ends at the next handover's wall-clock time, also across a change to or from summer time.
        if (record.kind == RotationKind::OnCall)
            event.minutes = int(event.start.secsTo(event.start.addDays(std::max(1, record.daysPerShift))) / 60);
        for (qint64 id : meeting.people()) {
            if (const auto it = people.constFind(id); it != people.constEnd() && !it->email.isEmpty())
                event.attendees.append(*it);
        }
        events.append(event);
    }
    return events;
}

} // namespace steward
