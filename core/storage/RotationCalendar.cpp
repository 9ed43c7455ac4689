// SPDX-License-Identifier: GPL-3.0-or-later
#include "RotationCalendar.h"

#include "schedule/RotationSeat.h"

#include <QCoreApplication>

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

int RotationCalendar::minutesOf(const RotationRecord& record)
{
    switch (record.kind) {
    case RotationKind::OnCall:
        return std::max(1, record.daysPerShift) * 24 * 60;
    case RotationKind::MicroTeach:
        return 10 * std::max(1, record.seatsPerMeeting);
    case RotationKind::HotSeat:
        return 60;
    }
    return 60;
}

QList<IcsEvent> RotationCalendar::events(const RotationRecord& record,
                                         const RotationPlan& plan,
                                         const QString& ownerName,
                                         bool confidential,
                                         const QHash<qint64, IcsPerson>& people,
                                         const QTimeZone& zone)
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
        event.start = QDateTime(meeting.date, QTime(kStartHour, 0), zone);
        event.minutes = minutesOf(record);
        for (qint64 id : meeting.people()) {
            if (const auto it = people.constFind(id); it != people.constEnd() && !it->email.isEmpty())
                event.attendees.append(*it);
        }
        events.append(event);
    }
    return events;
}

} // namespace steward
