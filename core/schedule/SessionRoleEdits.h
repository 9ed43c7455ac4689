// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "schedule/SessionRoleEdit.h"
#include "schedule/SessionRolePlan.h"

#include <QHash>

namespace steward {

/**
 * The hand edits of a session's rotating roles, worked out on the stored seats the way the rotation engine
 * edits its plans: a seat handed over by hand is pinned (a regenerate keeps it) and marked swapped; held
 * turns are history and refuse; nobody ends up in both roles of one occurrence. A seat is named by its cell
 * (session, occurrence, role); the person and the rest of it are looked up in `stored`.
 */
class SessionRoleEdits
{
public:
    using Names = QHash<qint64, QString>;

    /** Stores a plan's generated seats in place of the generated seats it replaces (from its generateFrom on). */
    static SessionRoleEdit generate(const SessionRolePlan& plan);
    /** Exchanges the people of two cells (any two occurrences and roles of one session). */
    static Result<SessionRoleEdit> swap(const QList<SessionRoleSeat>& stored,
                                        const SessionRoleSeat& first,
                                        const SessionRoleSeat& second,
                                        const Names& names);
    /** Puts a person into a cell by hand (pinned). */
    static Result<SessionRoleEdit>
    assign(const QList<SessionRoleSeat>& stored, const SessionRoleSeat& cell, qint64 personId, const Names& names);
    /** Marks a turn done (it becomes a held turn) or skipped (pinned, so a regenerate keeps the mark). */
    static Result<SessionRoleEdit>
    setStatus(const QList<SessionRoleSeat>& stored, const SessionRoleSeat& cell, RotationSeat::Status status);
};

} // namespace steward
