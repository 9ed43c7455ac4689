// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

#include <memory>
#include <vector>

namespace steward {

/** Appends the network analysis commands (interactions, imports, network, intervention, outcomes), in help order. */
void addNetworkCommands(std::vector<std::unique_ptr<CliCommand>>& commands);

} // namespace steward
