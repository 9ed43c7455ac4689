// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/PairingState.h"

namespace steward {

class SeededRandom;

/**
 * Pairs by the round-robin circle method (Kirkman 1847; "Berger tables"): one seat fixed, the others rotate, so
 * an even n meets everyone once in n-1 rounds. An odd n adds an empty seat; whoever faces it joins a pair as a
 * trio (n rounds). Which person sits where is searched so that the rounds chosen, cheapest first, avoid
 * do-not-pair wishes and earlier sessions' pairs, and mix teams: pairs that met before come last.
 */
class PairingCircle
{
public:
    /** Rounds in one full turn of the circle: n-1 for even n, n for odd n. */
    static int cycleLength(int participants) { return participants % 2 == 0 ? participants - 1 : participants; }
    /** `rounds` (1..cycleLength) rounds against the state's counts; the state itself is not changed. */
    static QList<PairingGroups> cycle(const PairingState& state, int rounds, SeededRandom& random);
};

} // namespace steward
