// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "schedule/PairingPlan.h"
#include "schedule/PairingRequest.h"

#include <QList>

namespace steward {

/**
 * Pairs and small groups for think-pair-share and cross-team pairing. Everyone is in exactly one group per round
 * and nobody is alone. Objectives, in order: keep do-not-pair wishes, avoid pairs meeting twice in the plan, avoid
 * pairs that met in earlier sessions, mix teams (if asked). Pairs use the circle method (even n: n-1 rounds
 * without a repeat; odd n: n rounds with one trio each, 2n repeats, the minimum), compared with round-by-round
 * matching when history or wishes make that better; groups of 3-4 use a social-golfer style greedy heuristic.
 * Both are polished by swaps. Deterministic for a given seed.
 */
class PairingPlanner
{
public:
    static constexpr int kMaxRounds = 1000;

    static Result<PairingPlan> plan(const PairingRequest& request);
    /** The plan with two people of one round trading places (groups keep their sizes); repeats etc. recomputed. */
    static Result<PairingPlan> swap(const PairingPlan& plan, int round, qint64 first, qint64 second);
    /**
     * Group sizes for n people asked for groups of `groupSize`: balanced (sizes differ by at most one), never a
     * group of one or larger than groupSize + 1, closest to the asked size (ties: more, smaller groups). For pairs
     * this is "pairs, and one trio if n is odd". Largest first.
     */
    static QList<int> groupSizes(int participants, int groupSize);
    /** Recomputes repeats, historyRepeats, breaches and notes of a plan from its rounds and request. */
    static void evaluate(PairingPlan& plan);
};

} // namespace steward
