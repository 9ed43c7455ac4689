// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "schedule/RotationEdit.h"
#include "schedule/RotationPlan.h"
#include "schedule/RotationRequest.h"

namespace steward {

/**
 * The one fair rotation engine behind hot seats, micro-teach slots, on-call shifts and session
 * roles: plans the free seats of a meeting series and applies hand edits, reviewing every rule.
 *
 * Each meeting in date order, fixed seats (held, pinned) first, then every free seat goes to the
 * available person ranked first by
 *   1. tier: not seated at the previous meeting and not fixed at the next one; then fixed at the
 *      next one; then seated at the previous one (back-to-back only when nobody else is free);
 *   2. fewest turns against their fair share: turns minus the sum, over the meetings they were
 *      available for, of min(1, seats / people available). Someone back from a long absence is
 *      not owed the turns of the meetings they missed; two people available equally rank by turns.
 *      Look-ahead: when fewer than 2 × seats people can come to the next meeting, those who can
 *      count half a turn more, so they are not spent now and then seated twice in a row;
 *   3. longest since their last turn;
 *   4. a per-person rank shuffled from the seed (only ties reach it).
 * Held and pinned seats are input and are copied to the plan as they are, so a regenerate cannot
 * move them. Whatever rule cannot be kept is listed in the plan's violations (RotationReview).
 */
class RotationEngine
{
public:
    /** Plans every free seat; refuses an invalid request with its message. */
    static Result<RotationPlan> generate(const RotationRequest& request);

    /** Exchanges the people of two seats (same or different meetings; one may be empty). Held turns refuse. */
    static Result<RotationEdit> swapSeats(const RotationPlan& plan, RotationSeatRef first, RotationSeatRef second);
    /** Puts a person into a seat (empty or taken by someone else). Held turns refuse. */
    static Result<RotationEdit> seatPerson(const RotationPlan& plan, RotationSeatRef seat, qint64 personId);
    /** Marks a seat done, skipped, moved, ... The seat's person and origin stay. */
    static Result<RotationEdit> setStatus(const RotationPlan& plan, RotationSeatRef seat, RotationSeat::Status status);

    /** Undoes a change; refuses if the plan no longer holds what the change left. */
    static Result<RotationPlan> revert(const RotationPlan& plan, const RotationChange& change);
    /** Redoes a change; refuses if the plan no longer holds what the change found. */
    static Result<RotationPlan> reapply(const RotationPlan& plan, const RotationChange& change);
};

} // namespace steward
