// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionRoleSource.h"

#include "storage/AbsenceRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/OptOutRepository.h"
#include "storage/SessionRepository.h"
#include "storage/SessionRoleSeatRepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace steward {

namespace {

/** The occurrences in the order they take place: past ones all, from `from` on at most `meetings` (0: all). */
Status addOccurrences(const Session& session, const SessionRoleSource::Scope& scope, SessionRoleRequest& request)
{
    QList<SessionOccurrence> all = session.occurrences();
    std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
    int ahead = 0;
    for (const SessionOccurrence& occurrence : all) {
        const QDate day = occurrence.start.date();
        const bool future = !scope.from.isValid() || day >= scope.from;
        if (future && scope.meetings > 0 && ahead == scope.meetings)
            break;
        if (!request.meetings.isEmpty() && request.meetings.constLast() == day)
            return Status::failure(QCoreApplication::translate("SessionRoleSource",
                                                               "Two occurrences of \"%1\" fall on %2; move one of "
                                                               "them before rotating roles.")
                                       .arg(session.title, day.toString(Qt::ISODate)));
        ahead += future ? 1 : 0;
        request.meetings.append(day);
        request.occurrences.append(occurrence.date);
    }
    if (scope.meetings > 0 && ahead < scope.meetings)
        return Status::failure(QCoreApplication::translate(
                                   "SessionRoleSource", "\"%1\" has only %2 occurrences from %3 on; %4 were asked for.")
                                   .arg(session.title)
                                   .arg(ahead)
                                   .arg(scope.from.toString(Qt::ISODate))
                                   .arg(scope.meetings));
    if (ahead == 0)
        return Status::failure(
            QCoreApplication::translate("SessionRoleSource", "\"%1\" has no occurrence left from %2 on.")
                .arg(session.title, scope.from.toString(Qt::ISODate)));
    return {};
}

Status addPeople(const Database& database,
                 const Session& session,
                 const SessionRoleSource::Scope& scope,
                 SessionRoleRequest& request)
{
    auto members = MembershipRepository(database).membersOf(session.communityId);
    if (!members)
        return Status::failure(members.errorString());
    for (const Member& member : *members) {
        const bool current = !member.membership.left.isValid();
        if (current && (scope.allMembers || member.membership.level >= ParticipationLevel::Active))
            request.people.append({member.membership.personId, member.personName});
    }
    std::sort(request.people.begin(), request.people.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    if (request.people.isEmpty())
        return Status::failure(
            scope.allMembers
                ? QCoreApplication::translate("SessionRoleSource", "The community of \"%1\" has no members.")
                      .arg(session.title)
                : QCoreApplication::translate("SessionRoleSource",
                                              "The community of \"%1\" has no member at level active or above; "
                                              "include every member to rotate among them.")
                      .arg(session.title));
    return {};
}

Status addAbsencesAndOptOuts(const Database& database, qint64 communityId, SessionRoleRequest& request)
{
    auto absences = AbsenceRepository(database).all();
    if (!absences)
        return Status::failure(absences.errorString());
    auto optedOut = OptOutRepository(database).optedOut(QStringLiteral("session-role"), communityId);
    if (!optedOut)
        return Status::failure(optedOut.errorString());
    auto rotates = [&](qint64 id) {
        return std::any_of(request.people.cbegin(), request.people.cend(), [id](const auto& p) { return p.id == id; });
    };
    for (const Absence& absence : *absences) {
        if (rotates(absence.personId))
            request.absences.append({absence.personId, absence.from, absence.to});
    }
    for (qint64 id : *optedOut) {
        if (rotates(id) && !request.optedOut.contains(id))
            request.optedOut.append(id);
    }
    if (request.optedOut.size() == request.people.size())
        return Status::failure(
            QCoreApplication::translate("SessionRoleSource", "Everyone has opted out of session roles."));
    return {};
}

} // namespace

Result<Session> SessionRoleSource::recurringSession(const Database& database, qint64 sessionId)
{
    auto found = SessionRepository(database).find(sessionId);
    if (!found)
        return Result<Session>::failure(found.errorString());
    if (!found->has_value())
        return Result<Session>::failure(
            QCoreApplication::translate("SessionRoleSource", "There is no session with the id %1.").arg(sessionId));
    if (!(*found)->isSeries())
        return Result<Session>::failure(QCoreApplication::translate("SessionRoleSource",
                                                                    "\"%1\" does not recur; roles rotate only "
                                                                    "through a recurring session.")
                                            .arg((*found)->title));
    return **found;
}

Result<SessionRoleRequest> SessionRoleSource::request(const Database& database, const Scope& scope)
{
    using R = Result<SessionRoleRequest>;
    auto session = recurringSession(database, scope.sessionId);
    if (!session)
        return R::failure(session.errorString());
    SessionRoleRequest request;
    request.sessionId = scope.sessionId;
    request.roles = scope.roles;
    request.seed = scope.seed;
    request.generateFrom = scope.from;
    if (Status s = addOccurrences(*session, scope, request); !s)
        return R::failure(s.errorString());
    if (Status s = addPeople(database, *session, scope, request); !s)
        return R::failure(s.errorString());
    if (Status s = addAbsencesAndOptOuts(database, session->communityId, request); !s)
        return R::failure(s.errorString());
    auto stored = SessionRoleSeatRepository(database).forSession(scope.sessionId);
    if (!stored)
        return R::failure(stored.errorString());
    request.stored = *stored;
    return request;
}

} // namespace steward
