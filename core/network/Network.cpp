// SPDX-License-Identifier: GPL-3.0-or-later
#include "Network.h"

#include <algorithm>

namespace steward {

namespace {

/** Sorts by (from, to) and sums repeated pairs. */
QList<NetworkTie> summed(QList<NetworkTie> ties)
{
    std::sort(ties.begin(), ties.end(), [](const NetworkTie& a, const NetworkTie& b) {
        return a.from != b.from ? a.from < b.from : a.to < b.to;
    });
    QList<NetworkTie> result;
    result.reserve(ties.size());
    for (const NetworkTie& tie : std::as_const(ties)) {
        if (!result.isEmpty() && result.constLast().from == tie.from && result.constLast().to == tie.to) {
            result.last().weight += tie.weight;
            result.last().interactions += tie.interactions;
        } else {
            result.append(tie);
        }
    }
    return result;
}

} // namespace

Network::Network(QList<NetworkNode> nodes, const QList<NetworkTie>& arcs)
    : m_nodes(std::move(nodes))
{
    QList<NetworkTie> directed;
    QList<NetworkTie> undirected;
    directed.reserve(arcs.size());
    undirected.reserve(arcs.size());
    for (const NetworkTie& arc : arcs) {
        if (arc.from == arc.to)
            continue;
        directed.append(arc);
        undirected.append({std::min(arc.from, arc.to), std::max(arc.from, arc.to), arc.weight, arc.interactions});
    }
    m_arcs = summed(std::move(directed));
    m_ties = summed(std::move(undirected));
}

int Network::indexOf(qint64 personId) const
{
    // Nodes are usually ordered by id (NetworkSource does so); fall back to a scan otherwise.
    auto it = std::lower_bound(
        m_nodes.cbegin(), m_nodes.cend(), personId, [](const NetworkNode& n, qint64 id) { return n.personId < id; });
    if (it != m_nodes.cend() && it->personId == personId)
        return int(it - m_nodes.cbegin());
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).personId == personId)
            return int(i);
    }
    return -1;
}

} // namespace steward
