// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "network/NetworkMetrics.h"

namespace steward {

class Network;

/** How to analyse: weights or not, exact or sampled path metrics, the seed, the processes. */
struct NetworkAnalysisOptions
{
    /** Path metrics use distance = 1/weight; eigenvector, constraint, effective size and communities use weight. */
    bool weighted = false;
    /** Estimate the shortest-path metrics from this many sampled people; 0 (or >= n) computes them exactly. */
    int pathSamples = 0;
    /** Seeds the community detection and the sample of sources: same seed, same numbers. */
    quint64 seed = 1;
    /** Processes for the path metrics; 0 = one per core. */
    int workers = 0;
};

/**
 * The metrics engine: every per-person and per-network measure of a Network, computed with igraph
 * (only what igraph lacks - effective size, the E-I index - is computed here). The numbers equal
 * networkx's and igraph's to 1e-9 relative; each definition is documented in NetworkAnalysis.cpp and
 * shown by definitions() (and so by `steward-cli network metrics --help`).
 */
class NetworkAnalysis
{
public:
    static Result<NetworkMetrics>
    analyse(const Network& network, const NetworkAnalysisOptions& options = {}, Progress& progress = Progress::none());
    /** The definitions in words, for help texts. */
    static QString definitions();
};

} // namespace steward
