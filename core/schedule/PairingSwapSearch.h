// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/PairingState.h"

namespace steward {

/**
 * Local search over a whole plan: swap two people of different groups within one round whenever that lowers the
 * plan's total cost (repeats across all rounds, earlier sessions, do-not-pair, teams). Swaps keep every rule of a
 * plan: everyone once per round, group sizes unchanged. The same move a facilitator makes by hand.
 */
class PairingSwapSearch
{
public:
    /** Improves `rounds` in place; `base` holds the state before the plan (no plan meetings). */
    static void improve(const PairingState& base, QList<PairingGroups>& rounds, int maxPasses = 20);
};

} // namespace steward
