// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionCatalog.h"

#include "storage/SessionRepository.h"
#include "workspace/Workspace.h"

#include <algorithm>

namespace steward {

namespace {

void sortByStart(QList<SessionOccurrence>& occurrences)
{
    std::stable_sort(occurrences.begin(), occurrences.end(), [](const auto& a, const auto& b) {
        return a.start != b.start ? a.start < b.start : a.sessionId < b.sessionId;
    });
}

} // namespace

Status SessionCatalog::load(Workspace& workspace, qint64 communityId)
{
    clear();
    auto people = workspace.people().all();
    if (!people)
        return Status::failure(people.errorString());
    for (const Person& person : std::as_const(*people)) {
        m_names.insert(person.id, person.name);
        m_teams.insert(person.id, person.team);
    }
    if (communityId <= 0)
        return {};
    auto sessions = SessionRepository(workspace.database()).forCommunity(communityId);
    if (!sessions)
        return Status::failure(sessions.errorString());
    auto members = workspace.memberships().membersOf(communityId);
    if (!members)
        return Status::failure(members.errorString());
    m_communityId = communityId;
    m_sessions = *sessions;
    m_members = *members;
    return {};
}

void SessionCatalog::clear()
{
    m_communityId = 0;
    m_sessions.clear();
    m_members.clear();
    m_names.clear();
    m_teams.clear();
}

std::optional<Session> SessionCatalog::session(qint64 id) const
{
    for (const Session& session : m_sessions) {
        if (session.id == id)
            return session;
    }
    return std::nullopt;
}

QString SessionCatalog::name(qint64 personId) const
{
    return m_names.value(personId, QStringLiteral("#%1").arg(personId));
}

QString SessionCatalog::team(qint64 personId) const
{
    return m_teams.value(personId);
}

QList<SessionOccurrence> SessionCatalog::occurrences() const
{
    QList<SessionOccurrence> all;
    for (const Session& session : m_sessions)
        all += session.occurrences();
    sortByStart(all);
    return all;
}

QList<SessionOccurrence> SessionCatalog::occurrencesOnDays(QDate from, QDate to) const
{
    QList<SessionOccurrence> all;
    for (const Session& session : m_sessions)
        all += session.occurrencesOnDays(from, to);
    sortByStart(all);
    return all;
}

} // namespace steward
