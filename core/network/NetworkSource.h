// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "network/Network.h"
#include "storage/InteractionFilter.h"

namespace steward {

class Database;

/**
 * Builds a community's network from the database: the people are the members whose membership
 * overlaps the window (so a newcomer is not an "isolate" before they joined) and everyone in the
 * filter's interactions; the ties are those interactions between different people, summed per pair.
 * Nodes are ordered by person id.
 */
class NetworkSource
{
public:
    static Result<Network> load(const Database& database, const InteractionFilter& filter);
};

} // namespace steward
