// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "model/Session.h"
#include "model/SessionPhase.h"
#include "model/SessionRole.h"

#include <QList>

namespace steward {

class Database;

/**
 * Everything the session editor edits as one: the session (with its series and exceptions), its roles and its
 * phase plan. The session commands keep a before and an after copy of it.
 */
struct SessionCommandContent
{
    Session session;
    QList<SessionRoleAssignment> roles;
    QList<SessionPhase> phases;

    bool operator==(const SessionCommandContent&) const = default;

    /** Reads a stored session with its roles and phases; a failure when it no longer exists. */
    static Result<SessionCommandContent> load(const Database& database, qint64 sessionId);
    /** Writes session, roles and phases over the stored ones, all or nothing. */
    Status write(Database& database) const;
};

} // namespace steward
