// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "model/Session.h"
#include "schedule/SessionRoleRequest.h"

namespace steward {

class Database;

/**
 * Reads what rotating a session's roles needs from the database: the series' occurrences (cancelled ones left
 * out, moved ones at their new date), the community's members, their stored absences and opt-outs of
 * "session-role", and the seats already stored. The one place the CLI, the GUI and the sample build the request.
 */
class SessionRoleSource
{
public:
    struct Scope
    {
        qint64 sessionId = 0;
        /** Seats are generated from this date on; the occurrences before it are kept as they are stored. */
        QDate from;
        /** How many occurrences from `from` on to plan; 0 plans every remaining one (a series is bounded). */
        int meetings = 0;
        /** false: members at level active and above; true: every current member. */
        bool allMembers = false;
        QList<SessionRoleSeat::Role> roles = SessionRoleSeat::allRoles();
        quint64 seed = 0;
    };

    /** The request for a scope; refuses a one-off session, a series without enough occurrences, nobody to rotate. */
    static Result<SessionRoleRequest> request(const Database& database, const Scope& scope);
    /** The recurring session with that id, or a message naming what is wrong. */
    static Result<Session> recurringSession(const Database& database, qint64 sessionId);
};

} // namespace steward
