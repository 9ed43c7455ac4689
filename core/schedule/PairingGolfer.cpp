// SPDX-License-Identifier: GPL-3.0-or-later
#include "PairingGolfer.h"

#include "common/SeededRandom.h"

#include <numeric>

namespace steward {

namespace {

constexpr int kRestarts = 6;
constexpr int kMaxPasses = 50;

/** Pair costs for this round, computed once: n x n. */
class CostTable
{
public:
    explicit CostTable(const PairingState& state)
        : m_size(state.size())
        , m_costs(std::size_t(m_size) * std::size_t(m_size))
    {
        for (int a = 0; a < m_size; ++a) {
            for (int b = 0; b < m_size; ++b)
                m_costs[std::size_t(a * m_size + b)] = a == b ? PairingCost{} : state.meetingCost(a, b);
        }
    }
    const PairingCost& at(int a, int b) const { return m_costs[std::size_t(a * m_size + b)]; }

    PairingCost toGroup(int person, const QList<int>& group, int except = -1) const
    {
        PairingCost cost;
        for (int member : group) {
            if (member != except && member != person)
                cost += at(person, member);
        }
        return cost;
    }

private:
    int m_size;
    std::vector<PairingCost> m_costs;
};

PairingGroups greedy(const CostTable& table, int n, const QList<int>& sizes, SeededRandom& random)
{
    QList<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    random.shuffle(order);
    std::vector<char> placed(std::size_t(n), 0);
    PairingGroups groups;
    for (int size : sizes) {
        QList<int> group;
        for (int person : order) {
            if (!placed[std::size_t(person)]) {
                group.append(person);
                placed[std::size_t(person)] = 1;
                break;
            }
        }
        while (group.size() < size) {
            int best = -1;
            PairingCost bestCost;
            for (int person : order) {
                if (placed[std::size_t(person)])
                    continue;
                const PairingCost cost = table.toGroup(person, group);
                if (best < 0 || cost < bestCost) {
                    best = person;
                    bestCost = cost;
                }
            }
            group.append(best);
            placed[std::size_t(best)] = 1;
        }
        groups.append(group);
    }
    return groups;
}

/**
 * Swaps two people of different groups while that lowers the round's cost (first improvement). Keeps, per person
 * and group, the cost of that person with the group's members, so a candidate swap is priced in constant time.
 */
void improve(const CostTable& table, int n, PairingGroups& groups)
{
    const auto groupCount = std::size_t(groups.size());
    std::vector<PairingCost> toGroup(std::size_t(n) * groupCount);
    auto slot = [&](int person, qsizetype group) -> PairingCost& {
        return toGroup[std::size_t(person) * groupCount + std::size_t(group)];
    };
    for (int person = 0; person < n; ++person) {
        for (qsizetype g = 0; g < groups.size(); ++g)
            slot(person, g) = table.toGroup(person, groups.at(g));
    }
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        bool improved = false;
        for (qsizetype g = 0; g < groups.size(); ++g) {
            for (qsizetype h = g + 1; h < groups.size(); ++h) {
                for (qsizetype i = 0; i < groups.at(g).size(); ++i) {
                    for (qsizetype j = 0; j < groups.at(h).size(); ++j) {
                        const int a = groups.at(g).at(i);
                        const int b = groups.at(h).at(j);
                        const PairingCost& ab = table.at(a, b);
                        const PairingCost before = slot(a, g) + slot(b, h);
                        const PairingCost after = slot(b, g) - ab + slot(a, h) - ab;
                        if (!(after < before))
                            continue;
                        for (int person = 0; person < n; ++person) {
                            slot(person, g) += table.at(person, b);
                            slot(person, g) -= table.at(person, a);
                            slot(person, h) += table.at(person, a);
                            slot(person, h) -= table.at(person, b);
                        }
                        groups[g][i] = b;
                        groups[h][j] = a;
                        improved = true;
                    }
                }
            }
        }
        if (!improved)
            return;
    }
}

PairingCost roundCost(const CostTable& table, const PairingGroups& groups)
{
    PairingCost cost;
    for (const QList<int>& group : groups) {
        for (qsizetype i = 0; i < group.size(); ++i) {
            for (qsizetype j = i + 1; j < group.size(); ++j)
                cost += table.at(group.at(i), group.at(j));
        }
    }
    return cost;
}

} // namespace

PairingGroups PairingGolfer::round(const PairingState& state, const QList<int>& sizes, SeededRandom& random)
{
    const CostTable table(state);
    PairingGroups best;
    PairingCost bestCost;
    for (int attempt = 0; attempt < kRestarts; ++attempt) {
        PairingGroups groups = greedy(table, state.size(), sizes, random);
        improve(table, state.size(), groups);
        const PairingCost cost = roundCost(table, groups);
        if (attempt == 0 || cost < bestCost) {
            best = groups;
            bestCost = cost;
        }
        if (bestCost.isZero())
            break;
    }
    return best;
}

} // namespace steward
