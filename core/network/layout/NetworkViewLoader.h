// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "network/layout/NetworkViewRequest.h"

namespace steward {

class Database;

/**
 * The network view's work, meant for a worker thread (it opens its own connection to the workspace
 * file, as every thread must): load the networks, find the cached layout or compute and cache one,
 * and analyse a window. Runs igraph, so one call at a time per process (see IgraphGraph).
 */
class NetworkViewLoader
{
public:
    /** The networks and a layout for everyone in the community's history under the request's filters. */
    static Result<NetworkViewData> load(const NetworkViewRequest& request, Progress& progress = Progress::none());
    /** The same on an open database (for the thread that owns it, and for tests). */
    static Result<NetworkViewData>
    load(Database& database, const NetworkViewRequest& request, Progress& progress = Progress::none());
    /** Metrics and findings of one window's network (path metrics in this process: no workers forked). */
    static Result<AnalysedNetwork> analyse(const Network& network,
                                           bool weighted,
                                           const QList<ChannelAnswers>& answers = {},
                                           Progress& progress = Progress::none());
    /** The network without ties lighter than `minimum` (in/out degree follow the kept pairs). */
    static Network withMinimumWeight(const Network& network, double minimum);
};

} // namespace steward
