// SPDX-License-Identifier: GPL-3.0-or-later
#include "PairingPlanner.h"

#include "common/SeededRandom.h"
#include "schedule/PairingCircle.h"
#include "schedule/PairingGolfer.h"
#include "schedule/PairingState.h"
#include "schedule/PairingSwapSearch.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace steward {

namespace {

// Independent streams for the two pair constructions, so adding one never shifts the other's draws.
constexpr quint64 kGolferStream = 0x9E3779B97F4A7C15ULL;

Status validate(const PairingRequest& request)
{
    const qsizetype n = request.participants.size();
    if (n < 2)
        return Status::failure(QCoreApplication::translate(
            "PairingPlanner", "Pairing needs at least two participants (got %n).", nullptr, int(n)));
    if (request.groupSize < 2 || request.groupSize > 4)
        return Status::failure(
            QCoreApplication::translate("PairingPlanner", "The group size must be 2, 3 or 4 (got %1).")
                .arg(request.groupSize));
    if (request.rounds < 1 || request.rounds > PairingPlanner::kMaxRounds)
        return Status::failure(
            QCoreApplication::translate("PairingPlanner", "The number of rounds must be 1 to %1 (got %2).")
                .arg(PairingPlanner::kMaxRounds)
                .arg(request.rounds));
    QSet<qint64> ids;
    for (const PairingParticipant& p : request.participants) {
        if (ids.contains(p.id))
            return Status::failure(
                QCoreApplication::translate("PairingPlanner", "%1 is listed twice among the participants.")
                    .arg(p.name.isEmpty() ? QString::number(p.id) : p.name));
        ids.insert(p.id);
    }
    return {};
}

QList<PairingGroups> golferPlan(const PairingState& base, const QList<int>& sizes, int rounds, SeededRandom& random)
{
    PairingState state = base;
    QList<PairingGroups> plan;
    for (int r = 0; r < rounds; ++r) {
        PairingGroups round = PairingGolfer::round(state, sizes, random);
        state.addRound(round);
        plan.append(round);
    }
    return plan;
}

QList<PairingGroups> circlePlan(const PairingState& base, int rounds, SeededRandom& random)
{
    PairingState state = base;
    QList<PairingGroups> plan;
    while (plan.size() < rounds) {
        const int block = std::min(rounds - int(plan.size()), PairingCircle::cycleLength(state.size()));
        for (const PairingGroups& round : PairingCircle::cycle(state, block, random)) {
            state.addRound(round);
            plan.append(round);
        }
    }
    return plan;
}

/** Search, then polish with swaps unless the plan is already perfect. */
QList<PairingGroups> polished(const PairingState& base, QList<PairingGroups> plan, PairingCost& cost)
{
    cost = base.planCost(plan);
    if (!cost.isZero()) {
        PairingSwapSearch::improve(base, plan);
        cost = base.planCost(plan);
    }
    return plan;
}

/** The best plan the constructions find for the request. */
QList<PairingGroups> bestRounds(const PairingState& base, const PairingRequest& request)
{
    const QList<int> sizes = PairingPlanner::groupSizes(base.size(), request.groupSize);
    PairingCost cost;
    if (request.groupSize != 2) {
        SeededRandom random(request.seed);
        return polished(base, golferPlan(base, sizes, request.rounds, random), cost);
    }
    SeededRandom circleRandom(request.seed);
    QList<PairingGroups> rounds = polished(base, circlePlan(base, request.rounds, circleRandom), cost);
    if (!cost.isZero()) {
        // History or wishes can make round-by-round matching better than any circle seating; keep the better.
        SeededRandom golferRandom(request.seed ^ kGolferStream);
        PairingCost golferCost;
        QList<PairingGroups> other = polished(base, golferPlan(base, sizes, request.rounds, golferRandom), golferCost);
        if (golferCost < cost)
            rounds = other;
    }
    return rounds;
}

/**
 * Pairs that met before come last: rounds ordered by what they cost against earlier sessions alone (do-not-pair,
 * history, teams; the base state holds no plan meetings). That cost does not depend on the order, and repeats
 * within the plan count the same in any order, so the plan stays exactly as good.
 */
QList<PairingGroups> orderedByOutsideCost(const PairingState& base, const QList<PairingGroups>& rounds)
{
    QList<QPair<PairingCost, qsizetype>> keys;
    for (qsizetype r = 0; r < rounds.size(); ++r) {
        PairingCost cost;
        for (const QList<int>& group : rounds.at(r)) {
            for (qsizetype i = 0; i < group.size(); ++i) {
                for (qsizetype j = i + 1; j < group.size(); ++j)
                    cost += base.meetingCost(group.at(i), group.at(j));
            }
        }
        keys.append({cost, r});
    }
    std::stable_sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<PairingGroups> ordered;
    for (const auto& key : keys)
        ordered.append(rounds.at(key.second));
    return ordered;
}

} // namespace

QList<int> PairingPlanner::groupSizes(int participants, int groupSize)
{
    QList<int> best;
    int bestDeviation = 0;
    for (int groups = 1; groups <= participants / 2; ++groups) {
        const int small = participants / groups;
        const int larger = participants % groups;
        if (small < 2 || small + (larger > 0 ? 1 : 0) > groupSize + 1)
            continue;
        const int deviation =
            larger * std::abs(small + 1 - groupSize) + (groups - larger) * std::abs(small - groupSize);
        if (best.isEmpty() || deviation <= bestDeviation) {
            best = QList<int>(larger, small + 1) + QList<int>(groups - larger, small);
            bestDeviation = deviation;
        }
    }
    return best;
}

Result<PairingPlan> PairingPlanner::plan(const PairingRequest& request)
{
    if (Status status = validate(request); !status)
        return Result<PairingPlan>::failure(status.errorString());

    const PairingState base(request);
    QList<PairingGroups> rounds = orderedByOutsideCost(base, bestRounds(base, request));
    PairingPlan plan;
    plan.request = request;
    for (PairingGroups& round : rounds) {
        for (QList<int>& group : round)
            std::sort(group.begin(), group.end());
        std::sort(round.begin(), round.end(), [](const auto& a, const auto& b) { return a.first() < b.first(); });
        QList<QList<qint64>> ids;
        for (const QList<int>& group : round) {
            QList<qint64> members;
            for (int index : group)
                members.append(base.idAt(index));
            ids.append(members);
        }
        plan.rounds.append(ids);
    }
    evaluate(plan);
    return plan;
}

Result<PairingPlan> PairingPlanner::swap(const PairingPlan& plan, int round, qint64 first, qint64 second)
{
    using R = Result<PairingPlan>;
    if (round < 0 || round >= plan.rounds.size())
        return R::failure(
            QCoreApplication::translate("PairingPlanner", "There is no round %1 in this plan.").arg(round + 1));
    if (first == second)
        return R::failure(QCoreApplication::translate("PairingPlanner", "Choose two different people to swap."));
    PairingPlan result = plan;
    QList<QList<qint64>>& groups = result.rounds[round];
    qsizetype g1 = -1, i1 = -1, g2 = -1, i2 = -1;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        if (const qsizetype i = groups.at(g).indexOf(first); i >= 0) {
            g1 = g;
            i1 = i;
        }
        if (const qsizetype i = groups.at(g).indexOf(second); i >= 0) {
            g2 = g;
            i2 = i;
        }
    }
    if (g1 < 0 || g2 < 0)
        return R::failure(QCoreApplication::translate("PairingPlanner", "%1 is not in round %2.")
                              .arg(plan.nameOf(g1 < 0 ? first : second))
                              .arg(round + 1));
    if (g1 == g2)
        return R::failure(QCoreApplication::translate("PairingPlanner", "%1 and %2 are already in the same group.")
                              .arg(plan.nameOf(first), plan.nameOf(second)));
    groups[g1][i1] = second;
    groups[g2][i2] = first;
    evaluate(result);
    return result;
}

void PairingPlanner::evaluate(PairingPlan& plan)
{
    const PairingRequest& request = plan.request;
    plan.repeats = PairingPlan::countRepeats(plan.rounds);
    plan.historyRepeats = 0;
    plan.doNotPairBreaches.clear();
    plan.notes.clear();
    QSet<QPair<qint64, qint64>> doNotPair;
    for (const auto& [a, b] : request.doNotPair)
        doNotPair.insert(qMakePair(std::min(a, b), std::max(a, b)));
    for (qsizetype r = 0; r < plan.rounds.size(); ++r) {
        for (const QList<qint64>& group : plan.rounds.at(r)) {
            for (qsizetype i = 0; i < group.size(); ++i) {
                for (qsizetype j = i + 1; j < group.size(); ++j) {
                    const qint64 a = std::min(group.at(i), group.at(j));
                    const qint64 b = std::max(group.at(i), group.at(j));
                    if (request.history.count(a, b) > 0)
                        ++plan.historyRepeats;
                    if (doNotPair.contains(qMakePair(a, b)))
                        plan.doNotPairBreaches.append({int(r), a, b});
                }
            }
        }
    }
    if (!plan.doNotPairBreaches.isEmpty())
        plan.notes << QCoreApplication::translate("PairingPlanner",
                                                  "%n do-not-pair wish(es) could not be kept.",
                                                  nullptr,
                                                  int(plan.doNotPairBreaches.size()));
    if (plan.repeats > 0)
        plan.notes << QCoreApplication::translate(
            "PairingPlanner", "%n pair meeting(s) repeat an earlier round of this plan.", nullptr, plan.repeats);
}

} // namespace steward
