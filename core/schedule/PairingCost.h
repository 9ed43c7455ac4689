// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>

namespace steward {

/**
 * What putting people together costs, compared lexicographically in declaration order: a do-not-pair breach
 * outweighs any number of repeats, a repeat within the plan outweighs any number of meetings from earlier
 * sessions, and team mixing only decides between otherwise equal plans. Sums of costs stay exact.
 */
struct PairingCost
{
    int doNotPair = 0;     // meetings of people who should not be paired
    int repeats = 0;       // meetings beyond the first within the plan
    int spread = 0;        // earlier meetings within the plan, summed (a third meeting weighs more than a second)
    int history = 0;       // meetings of pairs that met in earlier sessions
    int historySpread = 0; // earlier sessions' meetings, summed
    int sameTeam = 0;      // meetings within one team, when mixing teams is preferred

    auto operator<=>(const PairingCost&) const = default;
    bool isZero() const { return *this == PairingCost{}; }
    PairingCost& operator+=(const PairingCost& o)
    {
        doNotPair += o.doNotPair;
        repeats += o.repeats;
        spread += o.spread;
        history += o.history;
        historySpread += o.historySpread;
        sameTeam += o.sameTeam;
        return *this;
    }
    PairingCost& operator-=(const PairingCost& o)
    {
        doNotPair -= o.doNotPair;
        repeats -= o.repeats;
        spread -= o.spread;
        history -= o.history;
        historySpread -= o.historySpread;
        sameTeam -= o.sameTeam;
        return *this;
    }
    friend PairingCost operator+(PairingCost a, const PairingCost& b) { return a += b; }
    friend PairingCost operator-(PairingCost a, const PairingCost& b) { return a -= b; }
};

} // namespace steward
