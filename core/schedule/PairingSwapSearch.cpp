// SPDX-License-Identifier: GPL-3.0-or-later
#include "PairingSwapSearch.h"

namespace steward {

namespace {

/** The exact change of the plan's cost if a (in group g) and b (in group h) trade places. */
PairingCost swapDelta(const PairingState& state, const QList<int>& g, int a, const QList<int>& h, int b)
{
    // The pairs removed (a with g, b with h) and added (b with g, a with h) are all different pairs,
    // so their costs can be summed independently.
    PairingCost delta;
    for (int m : g) {
        if (m != a) {
            delta += state.meetingCost(b, m);
            delta -= state.leavingCost(a, m);
        }
    }
    for (int m : h) {
        if (m != b) {
            delta += state.meetingCost(a, m);
            delta -= state.leavingCost(b, m);
        }
    }
    return delta;
}

void applySwap(PairingState& state, QList<int>& g, qsizetype i, QList<int>& h, qsizetype j)
{
    const int a = g.at(i);
    const int b = h.at(j);
    for (int m : g) {
        if (m != a) {
            state.addMeeting(a, m, -1);
            state.addMeeting(b, m);
        }
    }
    for (int m : h) {
        if (m != b) {
            state.addMeeting(b, m, -1);
            state.addMeeting(a, m);
        }
    }
    g[i] = b;
    h[j] = a;
}

} // namespace

void PairingSwapSearch::improve(const PairingState& base, QList<PairingGroups>& rounds, int maxPasses)
{
    PairingState state = base;
    for (const PairingGroups& round : rounds)
        state.addRound(round);
    const PairingCost zero;
    for (int pass = 0; pass < maxPasses; ++pass) {
        bool improved = false;
        for (PairingGroups& round : rounds) {
            for (qsizetype g = 0; g < round.size(); ++g) {
                for (qsizetype h = g + 1; h < round.size(); ++h) {
                    for (qsizetype i = 0; i < round.at(g).size(); ++i) {
                        for (qsizetype j = 0; j < round.at(h).size(); ++j) {
                            const PairingCost delta =
                                swapDelta(state, round.at(g), round.at(g).at(i), round.at(h), round.at(h).at(j));
                            if (delta < zero) {
                                applySwap(state, round[g], i, round[h], j);
                                improved = true;
                            }
                        }
                    }
                }
            }
        }
        if (!improved)
            return;
    }
}

} // namespace steward
