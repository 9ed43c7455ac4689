// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "model/SessionRoleSeat.h"

#include <QList>
#include <QSqlDatabase>

namespace steward {

class Database;

/** The rotating facilitators and note-takers of recurring sessions (session_role_seat), one row per occurrence and
 * role. */
class SessionRoleSeatRepository
{
public:
    explicit SessionRoleSeatRepository(const Database& database);

    /** Every stored seat of a session, by occurrence and role (facilitator first). */
    Result<QList<SessionRoleSeat>> forSession(qint64 sessionId) const;
    /** The seats of one occurrence (none, one or both roles). */
    Result<QList<SessionRoleSeat>> on(qint64 sessionId, QDate occurrence) const;

    /**
     * Empties every cell (session, occurrence, role) named in `cells`, then stores `seats`, in one transaction.
     * Refuses, writing nothing, a seat of an unknown session or person, a seat twice, and one person in both roles
     * of one occurrence. Undo writes the same cells back with the earlier seats.
     */
    Status replace(const QList<SessionRoleSeat>& cells, const QList<SessionRoleSeat>& seats);

private:
    Status checkSeats(const QList<SessionRoleSeat>& seats) const;
    Status checkNoDoubleRole(const QList<SessionRoleSeat>& seats) const;
    QSqlDatabase m_db;
};

} // namespace steward
