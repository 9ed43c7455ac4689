// SPDX-License-Identifier: GPL-3.0-or-later
#include "PairingCircle.h"

#include "common/SeededRandom.h"

#include <algorithm>
#include <numeric>

namespace steward {

namespace {

/**
 * Seats 0..m-1, seat m-1 fixed; in round k seat m-1 faces seat k and seat p faces seat 2k-p (mod m-1).
 * `labels[seat]` is the participant on the seat, or -1 for the empty seat of an odd n.
 */
class CircleLayout
{
public:
    CircleLayout(const PairingState& state, QList<int> labels)
        : m_state(state)
        , m_labels(std::move(labels))
        , m_seats(int(m_labels.size()))
        , m_roundCost(std::size_t(m_seats - 1))
    {
        for (int k = 0; k < m_seats - 1; ++k) {
            for (int seat = 0; seat < m_seats; ++seat) {
                if (seat < partner(seat, k))
                    m_roundCost[std::size_t(k)] += seatCost(seat, k);
            }
        }
    }

    int rounds() const { return m_seats - 1; }
    int partner(int seat, int round) const
    {
        const int ring = m_seats - 1;
        if (seat == ring)
            return round;
        if (seat == round)
            return ring;
        return ((2 * round - seat) % ring + ring) % ring;
    }
    int label(int seat) const { return m_labels.at(seat); }
    const PairingCost& roundCost(int round) const { return m_roundCost[std::size_t(round)]; }

    /** Swaps the people on two seats, updating only the pairs those seats are in. */
    void swapSeats(int s, int t)
    {
        for (int k = 0; k < rounds(); ++k) {
            PairingCost& cost = m_roundCost[std::size_t(k)];
            cost -= seatCost(s, k);
            if (partner(s, k) != t)
                cost -= seatCost(t, k);
        }
        m_labels.swapItemsAt(s, t);
        for (int k = 0; k < rounds(); ++k) {
            PairingCost& cost = m_roundCost[std::size_t(k)];
            cost += seatCost(s, k);
            if (partner(s, k) != t)
                cost += seatCost(t, k);
        }
    }

    /** Round numbers, cheapest first (ties: circle order). */
    QList<int> roundsByCost() const
    {
        QList<int> order(rounds());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [this](int a, int b) { return roundCost(a) < roundCost(b); });
        return order;
    }

    /** The sum of the `count` cheapest rounds: what this seating costs. */
    PairingCost cheapest(int count) const
    {
        std::vector<PairingCost> costs(m_roundCost);
        std::partial_sort(costs.begin(), costs.begin() + count, costs.end());
        return std::accumulate(costs.begin(), costs.begin() + count, PairingCost{});
    }

private:
    PairingCost seatCost(int seat, int round) const
    {
        const int a = m_labels.at(seat);
        const int b = m_labels.at(partner(seat, round));
        return (a < 0 || b < 0) ? PairingCost{} : m_state.meetingCost(a, b);
    }

    const PairingState& m_state;
    QList<int> m_labels;
    int m_seats;
    std::vector<PairingCost> m_roundCost;
};

/** Hill-climbing over seatings (plateaus allowed), from a seeded random one. */
CircleLayout searchSeating(const PairingState& state, int rounds, SeededRandom& random)
{
    const int n = state.size();
    QList<int> labels(n);
    std::iota(labels.begin(), labels.end(), 0);
    if (n % 2 != 0)
        labels.append(-1);
    random.shuffle(labels);
    CircleLayout layout(state, labels);
    PairingCost best = layout.cheapest(rounds);
    const int seats = int(labels.size());
    // Stops when perfect, after a fixed budget, or when a long run of moves found nothing strictly better
    // (e.g. in a second turn of the circle every seating costs the same).
    const int budget = 400 * seats;
    const int patience = 40 * seats;
    int sinceBetter = 0;
    for (int step = 0; step < budget && sinceBetter < patience && !best.isZero(); ++step) {
        const int s = random.bounded(seats);
        const int t = (s + 1 + random.bounded(seats - 1)) % seats;
        layout.swapSeats(s, t);
        const PairingCost cost = layout.cheapest(rounds);
        ++sinceBetter;
        if (cost < best)
            sinceBetter = 0;
        if (cost <= best)
            best = cost;
        else
            layout.swapSeats(s, t);
    }
    return layout;
}

} // namespace

QList<PairingGroups> PairingCircle::cycle(const PairingState& state, int rounds, SeededRandom& random)
{
    const CircleLayout layout = searchSeating(state, rounds, random);
    const QList<int> chosen = layout.roundsByCost().mid(0, rounds);

    // Base pairs of every chosen round first, so a trio is formed knowing which pairs meet anyway.
    PairingState scratch = state;
    QList<PairingGroups> result;
    QList<int> sitters; // per chosen round: who faces the empty seat (-1 for even n)
    for (int k : chosen) {
        PairingGroups groups;
        int sitter = -1;
        for (int seat = 0; seat < layout.rounds() + 1; ++seat) {
            const int other = layout.partner(seat, k);
            if (seat > other)
                continue;
            const int a = layout.label(seat);
            const int b = layout.label(other);
            if (a < 0 || b < 0) {
                sitter = a < 0 ? b : a;
                continue;
            }
            groups.append({a, b});
            scratch.addMeeting(a, b);
        }
        result.append(groups);
        sitters.append(sitter);
    }
    for (qsizetype r = 0; r < result.size(); ++r) {
        const int x = sitters.at(r);
        if (x < 0)
            continue;
        PairingGroups& groups = result[r];
        qsizetype best = 0;
        PairingCost bestCost;
        for (qsizetype g = 0; g < groups.size(); ++g) {
            const PairingCost cost =
                scratch.meetingCost(x, groups.at(g).at(0)) + scratch.meetingCost(x, groups.at(g).at(1));
            if (g == 0 || cost < bestCost) {
                best = g;
                bestCost = cost;
            }
        }
        scratch.addMeeting(x, groups.at(best).at(0));
        scratch.addMeeting(x, groups.at(best).at(1));
        groups[best].append(x);
    }
    return result;
}

} // namespace steward
