// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/ParticipationLevel.h"

#include <QList>
#include <QString>

#include <optional>

namespace steward {

/** One person in a network: their id, what the metrics are shown with, and their level in the community. */
struct NetworkNode
{
    qint64 personId = 0;
    QString name;
    QString team;
    std::optional<ParticipationLevel> level;
};

/** Interactions between two people (node indices), summed: their total weight and how many there were. */
struct NetworkTie
{
    int from = 0;
    int to = 0;
    double weight = 0;
    qint64 interactions = 0;
};

/**
 * Who interacted with whom: people as nodes, interactions as ties. Kept both ways: directed arcs
 * (one per ordered pair, for in- and out-degree) and undirected ties (one per pair, weight = the sum
 * of both directions) that every other metric uses. Self-loops are dropped: talking to oneself
 * connects no one.
 */
class Network
{
public:
    Network() = default;
    /** arcs: directed, in any order, pairs may repeat (they are summed); weights must be positive. */
    Network(QList<NetworkNode> nodes, const QList<NetworkTie>& arcs);

    const QList<NetworkNode>& nodes() const { return m_nodes; }
    /** Directed, sorted by (from, to), one per ordered pair, no self-loops. */
    const QList<NetworkTie>& arcs() const { return m_arcs; }
    /** Undirected, from < to, sorted, one per pair, no self-loops. */
    const QList<NetworkTie>& ties() const { return m_ties; }
    qsizetype nodeCount() const { return m_nodes.size(); }
    /** The node index of a person, -1 when they are not in the network. */
    int indexOf(qint64 personId) const;

private:
    QList<NetworkNode> m_nodes;
    QList<NetworkTie> m_arcs;
    QList<NetworkTie> m_ties;
};

} // namespace steward
