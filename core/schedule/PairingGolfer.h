// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/PairingState.h"

namespace steward {

class SeededRandom;

/**
 * One round of small groups in the manner of social-golfer heuristics (cf. Dotu & Van Hentenryck 2005): each
 * group grows by the person who has met its members least, then swaps between groups lower the round's cost;
 * a few seeded restarts keep the best. Not a random draw: randomness only breaks ties and picks the start.
 */
class PairingGolfer
{
public:
    /** Groups of the given sizes (summing to the state's size), against the state's counts. */
    static PairingGroups round(const PairingState& state, const QList<int>& sizes, SeededRandom& random);
};

} // namespace steward
