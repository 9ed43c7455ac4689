// SPDX-License-Identifier: GPL-3.0-or-later
#include "EffectiveSize.h"

#include "network/Network.h"

#include <algorithm>

namespace steward {

namespace {

/** Neighbours and tie weights of every node, each list sorted by neighbour (compressed sparse rows). */
struct Adjacency
{
    std::vector<qsizetype> start;
    std::vector<int> neighbour;
    std::vector<double> weight;

    explicit Adjacency(const Network& network)
    {
        const qsizetype n = network.nodeCount();
        std::vector<qsizetype> degree(size_t(n), 0);
        for (const NetworkTie& tie : network.ties()) {
            ++degree[size_t(tie.from)];
            ++degree[size_t(tie.to)];
        }
        start.assign(size_t(n + 1), 0);
        for (qsizetype v = 0; v < n; ++v)
            start[size_t(v + 1)] = start[size_t(v)] + degree[size_t(v)];
        neighbour.resize(size_t(start.back()));
        weight.resize(size_t(start.back()));
        std::vector<qsizetype> fill(start.begin(), start.end() - 1);
        // Ties are sorted by (from, to), so every list comes out sorted.
        for (const NetworkTie& tie : network.ties()) {
            neighbour[size_t(fill[size_t(tie.to)])] = tie.from;
            weight[size_t(fill[size_t(tie.to)]++)] = tie.weight;
        }
        for (const NetworkTie& tie : network.ties()) {
            neighbour[size_t(fill[size_t(tie.from)])] = tie.to;
            weight[size_t(fill[size_t(tie.from)]++)] = tie.weight;
        }
    }

    /** The weight of the tie between a and b, 0 when there is none. */
    double between(int a, int b) const
    {
        const auto first = neighbour.begin() + start[size_t(a)];
        const auto last = neighbour.begin() + start[size_t(a + 1)];
        const auto it = std::lower_bound(first, last, b);
        return it != last && *it == b ? weight[size_t(it - neighbour.begin())] : 0.0;
    }
};

double weightedEffectiveSize(const Adjacency& adjacency, int ego)
{
    const qsizetype first = adjacency.start[size_t(ego)];
    const qsizetype last = adjacency.start[size_t(ego + 1)];
    double total = 0;
    for (qsizetype k = first; k < last; ++k)
        total += adjacency.weight[size_t(k)];
    double size = 0;
    for (qsizetype j = first; j < last; ++j) {
        const int contact = adjacency.neighbour[size_t(j)];
        double strongest = 0;
        for (qsizetype k = adjacency.start[size_t(contact)]; k < adjacency.start[size_t(contact + 1)]; ++k)
            strongest = std::max(strongest, adjacency.weight[size_t(k)]);
        double redundancy = 0;
        for (qsizetype q = first; q < last; ++q) {
            const int other = adjacency.neighbour[size_t(q)];
            redundancy += adjacency.weight[size_t(q)] / total * (adjacency.between(contact, other) / strongest);
        }
        size += 1 - redundancy;
    }
    return size;
}

} // namespace

std::vector<std::optional<double>>
effectiveSizes(const Network& network, bool weighted, const std::vector<double>& triangles)
{
    const Adjacency adjacency(network);
    std::vector<std::optional<double>> sizes(size_t(network.nodeCount()));
    for (qsizetype v = 0; v < network.nodeCount(); ++v) {
        const double degree = double(adjacency.start[size_t(v + 1)] - adjacency.start[size_t(v)]);
        if (degree == 0)
            continue;
        sizes[size_t(v)] =
            weighted ? weightedEffectiveSize(adjacency, int(v)) : degree - 2 * triangles[size_t(v)] / degree;
    }
    return sizes;
}

} // namespace steward
