// SPDX-License-Identifier: GPL-3.0-or-later
#include "RotationPlan.h"

#include <QJsonArray>

#include <algorithm>

namespace steward {

QMap<qint64, int> RotationPlan::turns() const
{
    QMap<qint64, int> counts;
    for (const RotationPerson& person : request.people) {
        if (!request.optedOut.contains(person.id))
            counts.insert(person.id, 0);
    }
    for (const RotationMeeting& meeting : meetings) {
        for (const RotationSeat& seat : meeting.seats) {
            if (!seat.isEmpty())
                ++counts[seat.personId];
        }
    }
    return counts;
}

QList<RotationSeat> RotationPlan::seats(RotationSeat::Origin origin) const
{
    QList<RotationSeat> found;
    for (const RotationMeeting& meeting : meetings) {
        for (const RotationSeat& seat : meeting.seats) {
            if (!seat.isEmpty() && seat.origin == origin)
                found.append(seat);
        }
    }
    return found;
}

RotationRequest RotationPlan::requestFrom(QDate from) const
{
    RotationRequest next = request;
    next.held.clear();
    next.pinned.clear();
    next.generateFrom = from;
    for (const RotationMeeting& meeting : meetings) {
        for (RotationSeat seat : meeting.seats) {
            if (seat.isEmpty())
                continue;
            if (meeting.date < from || seat.origin == RotationSeat::Origin::Held) {
                seat.origin = RotationSeat::Origin::Held;
                next.held.append(seat);
            } else if (seat.origin == RotationSeat::Origin::Pinned) {
                next.pinned.append(seat);
            }
        }
    }
    return next;
}

const RotationSeat* RotationPlan::seatAt(RotationSeatRef ref) const
{
    if (ref.meeting < 0 || ref.meeting >= meetings.size())
        return nullptr;
    const QList<RotationSeat>& seatList = meetings.at(ref.meeting).seats;
    if (ref.seat < 0 || ref.seat >= seatList.size())
        return nullptr;
    return &seatList.at(ref.seat);
}

QString RotationPlan::displayName(qint64 personId) const
{
    const qsizetype index = request.indexOfPerson(personId);
    if (index < 0)
        return QStringLiteral("#%1").arg(personId);
    const QString& name = request.people.at(index).name;
    const auto shared = std::count_if(
        request.people.cbegin(), request.people.cend(), [&](const RotationPerson& p) { return p.name == name; });
    // JSON keys are names: two people called the same would merge their turns.
    return shared > 1 ? QStringLiteral("%1 (#%2)").arg(name).arg(personId) : name;
}

QJsonObject RotationPlan::toJson() const
{
    QJsonArray rows;
    for (const RotationMeeting& meeting : meetings) {
        QJsonArray people;
        for (const qint64 id : meeting.people())
            people.append(displayName(id));
        rows.append(QJsonObject{{QStringLiteral("date"), meeting.date.toString(Qt::ISODate)},
                                {QStringLiteral("people"), people}});
    }
    QJsonObject turnsObject;
    const QMap<qint64, int> counts = turns();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        turnsObject.insert(displayName(it.key()), it.value());
    QJsonArray violationRows;
    for (const RotationViolation& violation : violations) {
        QJsonArray people;
        for (const qint64 id : violation.people)
            people.append(displayName(id));
        violationRows.append(QJsonObject{{QStringLiteral("rule"), RotationViolation::ruleKey(violation.rule)},
                                         {QStringLiteral("date"), violation.date.toString(Qt::ISODate)},
                                         {QStringLiteral("people"), people},
                                         {QStringLiteral("reason"), violation.reason}});
    }
    return QJsonObject{{QStringLiteral("plan"), rows},
                       {QStringLiteral("turns"), turnsObject},
                       {QStringLiteral("violations"), violationRows}};
}

} // namespace steward
