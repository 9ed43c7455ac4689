// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkCommands.h"

#include "cli/ImportListCommand.h"
#include "cli/ImportUndoCommand.h"
#include "cli/InteractionsImportCommand.h"
#include "cli/NetworkMetricsCommand.h"

namespace steward {

void addNetworkCommands(std::vector<std::unique_ptr<CliCommand>>& commands)
{
    commands.push_back(std::make_unique<InteractionsImportCommand>());
    commands.push_back(std::make_unique<ImportListCommand>());
    commands.push_back(std::make_unique<ImportUndoCommand>());
    commands.push_back(std::make_unique<NetworkMetricsCommand>());
}

} // namespace steward
