// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "model/Session.h"
#include "model/SessionPhase.h"
#include "model/SessionRole.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace steward {

class Database;

/**
 * Sessions with what belongs to them alone: the series (rule and exceptions), the roles and the phase plan.
 * Every write is validated first (times, series, references, no overlap with another session of the same
 * community) and runs in one transaction, so a refused write leaves nothing behind.
 */
class SessionRepository
{
public:
    explicit SessionRepository(const Database& database);

    Result<std::optional<Session>> find(qint64 id) const;
    /** The community's sessions, ordered by start. */
    Result<QList<Session>> forCommunity(qint64 communityId) const;
    /** The community's sessions with an occurrence that may overlap [from, to); an invalid bound is open. */
    Result<QList<Session>> touching(qint64 communityId, const QDateTime& from, const QDateTime& to) const;
    /** The occurrences of the community's sessions overlapping [from, to), ordered by start, then session. */
    Result<QList<SessionOccurrence>> occurrences(qint64 communityId, const QDateTime& from, const QDateTime& to) const;

    /**
     * Adds a session with its series, its roles and its format's default phase plan fitted to its length, and
     * returns the new id; a non-zero session.id is kept (undo). An empty uid gets a new UUID.
     */
    Result<qint64> add(const Session& session, const QList<SessionRoleAssignment>& roles = {});
    /** Saves every field and the series (exceptions replaced); raises the sequence. */
    Status update(const Session& session);
    /** Removes the session; its series, roles, phases, attendance and pairings go with it. */
    Status remove(qint64 id);
    /** Moves or cancels one occurrence of a series (replacing an earlier change of the same occurrence). */
    Status setException(qint64 sessionId, const RecurrenceException& exception);
    /** Puts the occurrence back where the rule has it. */
    Status removeException(qint64 sessionId, QDate originalDate);

    /** Ordered by role, then person id. */
    Result<QList<SessionRoleAssignment>> roles(qint64 sessionId) const;
    Status setRoles(qint64 sessionId, const QList<SessionRoleAssignment>& roles);
    /** The phase plan in order. */
    Result<QList<SessionPhase>> phases(qint64 sessionId) const;
    Status setPhases(qint64 sessionId, const QList<SessionPhase>& phases);

    /** The session with text trimmed and its times and series checked, or a message; reads no database. */
    static Result<Session> validated(const Session& session);

private:
    Result<QList<Session>> select(const QString& where, const QVariantList& values) const;
    Status checkReferences(const Session& session, const QList<SessionRoleAssignment>& roles) const;
    Status checkOverlap(const Session& session) const;
    Status writeSeries(const Session& session);
    Status writeRoles(qint64 sessionId, const QList<SessionRoleAssignment>& roles);
    Status writePhases(qint64 sessionId, const QList<SessionPhase>& phases);
    Status requireSession(qint64 sessionId) const;

    QSqlDatabase m_db;
};

} // namespace steward
