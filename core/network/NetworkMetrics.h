// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace steward {

/**
 * One person's position in a network. The definitions follow networkx and igraph exactly; the
 * comments in NetworkAnalysis.cpp say which function computes each and every convention chosen.
 */
struct PersonMetrics
{
    qint64 personId = 0;
    QString name;
    QString team;
    int degree = 0;
    int inDegree = 0;
    int outDegree = 0;
    double strength = 0;
    double betweenness = 0;
    double betweennessNormalized = 0;
    double closeness = 0;
    double harmonic = 0;
    double clustering = 0;
    int coreness = 0;
    double eigenvector = 0;
    std::optional<double> constraint;    // undefined for a person with no ties
    std::optional<double> effectiveSize; // undefined for a person with no ties
    int community = 0;
    bool articulation = false;
};

/** How path metrics were computed: exactly, or estimated from sampled source people. */
struct PathSampling
{
    int samples = 0; // 0: exact
    /** One standard error of the normalised betweenness estimate, the largest over all people. */
    double betweennessError = 0;
};

/** The network as a whole. */
struct GraphMetrics
{
    int nodes = 0;
    int edges = 0;
    double density = 0;
    int components = 0;
    double largestComponentShare = 0;
    double transitivity = 0;
    double averageClustering = 0;
    std::optional<double> modularity; // undefined without ties
    int communities = 0;
    /** Share of ties between people of different teams, among ties whose two people both have a team. */
    std::optional<double> crossTeamShare;
    /** Krackhardt's E-I index over the same ties: (external - internal) / (external + internal). */
    std::optional<double> eiIndex;
    int isolates = 0;
    bool weighted = false;
    PathSampling sampling;
};

/** Everything NetworkAnalysis computes for one network: the whole, then one row per person. */
struct NetworkMetrics
{
    GraphMetrics graph;
    QList<PersonMetrics> people;
};

} // namespace steward
