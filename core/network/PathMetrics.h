// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "network/NetworkMetrics.h"

#include <vector>

namespace steward {

class IgraphGraph;
class IgraphVector;

/** Betweenness, closeness and harmonic centrality of every person, with how they were computed. */
struct PathMetricsResult
{
    std::vector<double> betweenness; // raw, each unordered pair once
    std::vector<double> closeness;   // networkx's wf_improved
    std::vector<double> harmonic;    // sum of 1/distance
    PathSampling sampling;
    int processes = 1;
};

/**
 * The shortest-path metrics, which cost O(n·m) and so are spread over worker processes
 * (WorkerProcesses): betweenness as igraph_betweenness_subset over groups of source people, summed
 * in group order (the sum of the groups is the full betweenness, since every shortest path has one
 * source); closeness and harmonic centrality over groups of people with igraph_closeness and
 * igraph_harmonic_centrality.
 *
 * With samples > 0 (and fewer than n), all three are estimated from that many source people drawn
 * at random with the seed: betweenness as n/K times the sum of the sampled sources' dependencies
 * (Brandes & Pich 2007), with its standard error from 16 batches of sources; closeness and harmonic
 * centrality from the distances to the sampled sources in the person's own component (Eppstein &
 * Wang 2004), whose size is known exactly; people whose component holds no other sampled source are
 * computed exactly (their component is small).
 */
class PathMetrics
{
public:
    /** distances: one per edge for weighted paths, or null for hop counts. */
    static Result<PathMetricsResult> compute(const IgraphGraph& graph,
                                             const IgraphVector* distances,
                                             int samples,
                                             quint64 seed,
                                             int workers,
                                             Progress& progress);
};

} // namespace steward
