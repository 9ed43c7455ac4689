// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "network/layout/LayoutPositions.h"

namespace steward {

class Network;

/** How to lay a network out. */
struct NetworkLayoutOptions
{
    /** Seeds igraph's generator: the same network, seed and pins give the same positions. */
    quint64 seed = 1;
    /** Above this many people DrL is used; Fruchterman-Reingold's quality costs too much time there. */
    int largeGraphNodes = 3000;
    /**
     * Fruchterman-Reingold iterations in total for up to 500 people (fewer above, see the .cpp), run in
     * steps so progress shows and Cancel is heard.
     */
    int iterations = 500;
};

/**
 * Positions for a network's people, computed by igraph: Fruchterman-Reingold (weighted, igraph's
 * grid variant for large graphs) for ordinary networks, DrL for large ones. People pinned in
 * `previous` (dragged by the steward) stay exactly where they are and the others settle around them;
 * everyone else starts from a seeded random position, so the result is deterministic.
 *
 * Call from one thread at a time: the Debian igraph is not thread-safe (see IgraphGraph).
 */
class NetworkLayout
{
public:
    static Result<LayoutPositions> compute(const Network& network,
                                           const NetworkLayoutOptions& options = {},
                                           const LayoutPositions& previous = {},
                                           Progress& progress = Progress::none());
};

} // namespace steward
