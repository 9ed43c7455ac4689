// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionRolePlan.h"

#include <QJsonArray>

namespace steward {

namespace {

QJsonObject turnsJson(const SessionRolePlan& plan, const QMap<qint64, int>& counts)
{
    QJsonObject turns;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        turns.insert(plan.displayName(it.key()), it.value());
    return turns;
}

QJsonArray violationsJson(const SessionRolePlan& plan, QDate from)
{
    QJsonArray list;
    for (const SessionRoleViolation& violation : plan.violations) {
        if (from.isValid() && violation.date < from)
            continue;
        QJsonArray people;
        for (qint64 id : violation.people)
            people.append(plan.displayName(id));
        QJsonObject entry{{QStringLiteral("rule"), violation.rule},
                          {QStringLiteral("date"), violation.date.toString(Qt::ISODate)},
                          {QStringLiteral("people"), people},
                          {QStringLiteral("reason"), violation.reason}};
        if (violation.role)
            entry.insert(QStringLiteral("role"), SessionRoleSeat::roleKey(*violation.role));
        list.append(entry);
    }
    return list;
}

} // namespace

std::optional<SessionRoleSeat> SessionRolePlan::seat(QDate occurrence, SessionRoleSeat::Role role) const
{
    const qsizetype meeting = request.indexOfOccurrence(occurrence);
    const qsizetype planIndex = roles.indexOf(role);
    if (meeting < 0 || planIndex < 0)
        return std::nullopt;
    const RotationSeat& planned = plans.at(planIndex).meetings.at(meeting).seats.constFirst();
    if (planned.isEmpty())
        return std::nullopt;
    for (const SessionRoleSeat& stored : request.stored) {
        // A fixed seat comes back from the engine as "held": show it as it is stored.
        if (stored.date == occurrence && stored.role == role && stored.personId == planned.personId
            && planned.isFixed())
            return stored;
    }
    SessionRoleSeat result;
    result.sessionId = request.sessionId;
    result.date = occurrence;
    result.role = role;
    result.personId = planned.personId;
    result.origin = planned.origin;
    result.status = planned.status;
    return result;
}

QList<SessionRoleSeat> SessionRolePlan::seats() const
{
    QList<SessionRoleSeat> all;
    for (const QDate& occurrence : request.occurrences) {
        for (SessionRoleSeat::Role role : roles) {
            if (auto found = seat(occurrence, role))
                all.append(*found);
        }
    }
    return all;
}

QList<SessionRoleSeat> SessionRolePlan::generatedSeats() const
{
    // By the engine's origin: a stored seat kept from before generateFrom may be stored as "generated" too.
    QList<SessionRoleSeat> generated;
    for (qsizetype i = 0; i < request.occurrences.size(); ++i) {
        for (qsizetype r = 0; r < roles.size(); ++r) {
            const RotationSeat& planned = plans.at(r).meetings.at(i).seats.constFirst();
            if (!planned.isEmpty() && !planned.isFixed())
                generated.append(*seat(request.occurrences.at(i), roles.at(r)));
        }
    }
    return generated;
}

QMap<qint64, int> SessionRolePlan::turns(std::optional<SessionRoleSeat::Role> role, QDate from) const
{
    QMap<qint64, int> counts;
    for (qsizetype r = 0; r < roles.size(); ++r) {
        if (role && roles.at(r) != *role)
            continue;
        const RotationPlan& plan = plans.at(r);
        for (const RotationPerson& person : plan.request.people) {
            if (!plan.request.optedOut.contains(person.id) && !counts.contains(person.id))
                counts.insert(person.id, 0); // listed with 0 turns, without resetting an earlier role's count
        }
        for (const RotationMeeting& meeting : plan.meetings) {
            const RotationSeat& seat = meeting.seats.constFirst();
            if (!seat.isEmpty() && (!from.isValid() || meeting.date >= from))
                ++counts[seat.personId];
        }
    }
    return counts;
}

QString SessionRolePlan::displayName(qint64 personId) const
{
    if (!plans.isEmpty())
        return plans.constFirst().displayName(personId);
    return QStringLiteral("#%1").arg(personId);
}

QJsonObject SessionRolePlan::toJson(QDate from) const
{
    QJsonArray entries;
    for (qsizetype i = 0; i < request.occurrences.size(); ++i) {
        if (from.isValid() && request.meetings.at(i) < from)
            continue;
        QJsonArray people, roleKeys;
        QJsonObject entry{{QStringLiteral("date"), request.meetings.at(i).toString(Qt::ISODate)}};
        if (request.meetings.at(i) != request.occurrences.at(i))
            entry.insert(QStringLiteral("occurrence"), request.occurrences.at(i).toString(Qt::ISODate));
        for (qsizetype r = 0; r < roles.size(); ++r) {
            const RotationSeat& seat = plans.at(r).meetings.at(i).seats.constFirst();
            if (seat.isEmpty())
                continue;
            people.append(displayName(seat.personId));
            roleKeys.append(SessionRoleSeat::roleKey(roles.at(r)));
            entry.insert(SessionRoleSeat::roleKey(roles.at(r)), displayName(seat.personId));
        }
        entry.insert(QStringLiteral("people"), people);
        entry.insert(QStringLiteral("roles"), roleKeys);
        entries.append(entry);
    }
    QJsonObject byRole;
    for (SessionRoleSeat::Role role : roles)
        byRole.insert(SessionRoleSeat::roleKey(role), turnsJson(*this, turns(role, from)));
    return {{QStringLiteral("plan"), entries},
            {QStringLiteral("turns"), turnsJson(*this, turns(std::nullopt, from))},
            {QStringLiteral("turnsByRole"), byRole},
            {QStringLiteral("violations"), violationsJson(*this, from)}};
}

} // namespace steward
