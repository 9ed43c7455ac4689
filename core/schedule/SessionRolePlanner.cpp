// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionRolePlanner.h"

#include "schedule/RotationEngine.h"

#include <QCoreApplication>
#include <QSet>

namespace steward {

namespace {

using Role = SessionRoleSeat::Role;

/**
 * How many people must stay free before a later role also keeps off the earlier role's holders of the meetings
 * just before and after. With fewer, keeping them off skews that role's turns (measured: 5 people, note-takers
 * 5..7 turns with 2), and even turns per role come first.
 */
constexpr int kNeighbourSlack = 3;

bool reallyAbsent(const SessionRoleRequest& request, qint64 personId, QDate date)
{
    for (const RotationAbsence& absence : request.absences) {
        if (absence.personId == personId && absence.covers(date))
            return true;
    }
    return false;
}

/** The stored seats that stay: held and pinned ones, and every taken seat before generateFrom. */
QList<SessionRoleSeat> keptSeats(const SessionRoleRequest& request)
{
    QList<SessionRoleSeat> kept;
    for (const SessionRoleSeat& seat : request.stored) {
        const qsizetype index = request.indexOfOccurrence(seat.date);
        if (seat.personId == 0 || index < 0 || !request.roles.contains(seat.role))
            continue; // an occurrence that no longer takes place keeps its row but is not planned
        const bool past = request.generateFrom.isValid() && request.meetings.at(index) < request.generateFrom;
        if (past || seat.isFixed())
            kept.append(seat);
    }
    return kept;
}

/** The request for one role: fixed seats of that role, the people's own absences and the stand-in ones. */
RotationRequest roleRequest(const SessionRoleRequest& request,
                            const QList<SessionRoleSeat>& kept,
                            Role role,
                            const QList<RotationAbsence>& standIns)
{
    RotationRequest r;
    r.meetings = request.meetings;
    r.people = request.people;
    r.optedOut = request.optedOut;
    r.absences = request.absences + standIns;
    r.generateFrom = request.generateFrom;
    r.seed = request.seed + quint64(request.roles.indexOf(role));
    for (const SessionRoleSeat& seat : kept) {
        if (seat.role != role)
            continue;
        const qsizetype index = request.indexOfOccurrence(seat.date);
        RotationSeat fixed{request.meetings.at(index), seat.personId, seat.origin, seat.status};
        const bool past = request.generateFrom.isValid() && fixed.date < request.generateFrom;
        if (past || seat.origin == RotationSeat::Origin::Held)
            r.held.append(fixed);
        else
            r.pinned.append(fixed);
    }
    // Someone who holds a kept seat but no longer takes turns (left, level dropped) stays in as opted out.
    for (const SessionRoleSeat& seat : kept) {
        if (r.indexOfPerson(seat.personId) < 0) {
            r.people.append({seat.personId, QStringLiteral("#%1").arg(seat.personId)});
            r.optedOut.append(seat.personId);
        }
    }
    return r;
}

/** How many people could take a seat on meeting i, leaving `others` out. */
int freeOn(const SessionRoleRequest& request, qsizetype i, const QSet<qint64>& others)
{
    int free = 0;
    for (const RotationPerson& person : request.people) {
        if (!request.optedOut.contains(person.id) && !others.contains(person.id)
            && !reallyAbsent(request, person.id, request.meetings.at(i)))
            ++free;
    }
    return free;
}

/** Stand-in absences for a later role: the earlier roles' people at each meeting (and, softly, its neighbours). */
QList<RotationAbsence> standInsFromPlans(const SessionRoleRequest& request, const QList<RotationPlan>& earlier)
{
    QList<RotationAbsence> standIns;
    const qsizetype count = request.meetings.size();
    auto seatedAt = [&](qsizetype i) {
        QSet<qint64> ids;
        for (const RotationPlan& plan : earlier) {
            if (i >= 0 && i < count && !plan.meetings.at(i).seats.constFirst().isEmpty())
                ids.insert(plan.meetings.at(i).seats.constFirst().personId);
        }
        return ids;
    };
    for (qsizetype i = 0; i < count; ++i) {
        const QDate date = request.meetings.at(i);
        const QSet<qint64> now = seatedAt(i);
        QSet<qint64> near = now + seatedAt(i - 1) + seatedAt(i + 1);
        // Neighbours are kept off only while enough people stay free (kNeighbourSlack).
        const QSet<qint64>& away = freeOn(request, i, near) >= kNeighbourSlack ? near : now;
        for (qint64 id : away)
            standIns.append({id, date, date});
    }
    return standIns;
}

/** The kept seats of the later roles, as stand-in absences for an earlier role. */
QList<RotationAbsence>
standInsFromKept(const SessionRoleRequest& request, const QList<SessionRoleSeat>& kept, Role role)
{
    QList<RotationAbsence> standIns;
    const qsizetype position = request.roles.indexOf(role);
    for (const SessionRoleSeat& seat : kept) {
        if (request.roles.indexOf(seat.role) > position) {
            const QDate date = request.meetings.at(request.indexOfOccurrence(seat.date));
            standIns.append({seat.personId, date, date});
        }
    }
    return standIns;
}

void addEngineViolations(const SessionRoleRequest& request, const RotationPlan& plan, Role role, SessionRolePlan& out)
{
    for (const RotationViolation& violation : plan.violations) {
        QList<qint64> people = violation.people;
        if (violation.rule == RotationViolation::Rule::Absent) {
            people.removeIf([&](qint64 id) { return !reallyAbsent(request, id, violation.date); });
            if (people.isEmpty())
                continue; // only a stand-in absence: reported as "same-person" where it matters
        }
        out.violations.append({RotationViolation::ruleKey(violation.rule),
                               role,
                               violation.date,
                               people,
                               QCoreApplication::translate("SessionRolePlanner", "%1: %2")
                                   .arg(SessionRoleSeat::roleDisplayName(role), violation.reason)});
    }
}

void addSamePersonViolations(SessionRolePlan& out)
{
    if (out.plans.size() < 2)
        return;
    for (qsizetype i = 0; i < out.request.meetings.size(); ++i) {
        const qint64 first = out.plans.at(0).meetings.at(i).seats.constFirst().personId;
        const qint64 second = out.plans.at(1).meetings.at(i).seats.constFirst().personId;
        if (first == 0 || first != second)
            continue;
        out.violations.append(
            {QStringLiteral("same-person"),
             std::nullopt,
             out.request.meetings.at(i),
             {first},
             QCoreApplication::translate("SessionRolePlanner", "%1 is both %2 and %3 on %4: both seats are fixed.")
                 .arg(out.displayName(first),
                      SessionRoleSeat::roleDisplayName(out.roles.at(0)).toLower(),
                      SessionRoleSeat::roleDisplayName(out.roles.at(1)).toLower(),
                      out.request.meetings.at(i).toString(Qt::ISODate))});
    }
}

} // namespace

Result<SessionRolePlan> SessionRolePlanner::plan(const SessionRoleRequest& request)
{
    using R = Result<SessionRolePlan>;
    if (request.roles.isEmpty())
        return R::failure(QCoreApplication::translate("SessionRolePlanner", "No role to plan."));
    if (request.occurrences.size() != request.meetings.size())
        return R::failure(QCoreApplication::translate("SessionRolePlanner", "Each occurrence needs its meeting date."));
    if (request.meetings.isEmpty())
        return R::failure(
            QCoreApplication::translate("SessionRolePlanner", "The session has no occurrence to give roles for."));
    SessionRolePlan out;
    out.request = request;
    out.roles = request.roles;
    const QList<SessionRoleSeat> kept = keptSeats(request);
    for (Role role : request.roles) {
        const QList<RotationAbsence> standIns =
            standInsFromPlans(request, out.plans) + standInsFromKept(request, kept, role);
        auto planned = RotationEngine::generate(roleRequest(request, kept, role, standIns));
        if (!planned)
            return R::failure(planned.errorString());
        addEngineViolations(request, *planned, role, out);
        out.plans.append(*planned);
    }
    addSamePersonViolations(out);
    std::stable_sort(
        out.violations.begin(), out.violations.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
    return out;
}

} // namespace steward
