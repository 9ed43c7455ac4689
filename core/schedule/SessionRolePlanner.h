// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "schedule/SessionRolePlan.h"
#include "schedule/SessionRoleRequest.h"

namespace steward {

/**
 * Rotates a recurring session's facilitator and note-taker with the one rotation engine: one engine run per
 * role, so each role keeps the engine's rules on its own (even turns, no avoidable back-to-back, nobody on a
 * day they are away, held and pinned seats never moved).
 *
 * The roles are planned one after the other. A later role treats the people who hold an earlier role at a
 * meeting as away that day (the same person never holds both), and, when at least three others remain free,
 * also the earlier role's holders of the meetings just before and after, so nobody serves two meetings in a
 * row in different roles while someone else could. The earlier role likewise keeps off the later role's
 * fixed seats. Those stand-in absences are the planner's, not the person's: the engine's "absent" findings
 * they cause are replaced by one "same-person" finding where two fixed seats really collide.
 */
class SessionRolePlanner
{
public:
    /** Plans every free seat of the requested roles; refuses a request the engine cannot plan. */
    static Result<SessionRolePlan> plan(const SessionRoleRequest& request);
};

} // namespace steward
