// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkCommands.h"

#include "cli/ImportListCommand.h"
#include "cli/ImportUndoCommand.h"
#include "cli/InteractionsImportCommand.h"
#include "cli/InterventionAddCommand.h"
#include "cli/InterventionListCommand.h"
#include "cli/NetworkCompareCommand.h"
#include "cli/NetworkFindingsCommand.h"
#include "cli/NetworkMetricsCommand.h"
#include "cli/OutcomesImportCommand.h"

namespace steward {

void addNetworkCommands(std::vector<std::unique_ptr<CliCommand>>& commands)
{
    commands.push_back(std::make_unique<InteractionsImportCommand>());
    commands.push_back(std::make_unique<ImportListCommand>());
    commands.push_back(std::make_unique<ImportUndoCommand>());
    commands.push_back(std::make_unique<OutcomesImportCommand>());
    commands.push_back(std::make_unique<InterventionAddCommand>());
    commands.push_back(std::make_unique<InterventionListCommand>());
    commands.push_back(std::make_unique<NetworkMetricsCommand>());
    commands.push_back(std::make_unique<NetworkFindingsCommand>());
    commands.push_back(std::make_unique<NetworkCompareCommand>());
}

} // namespace steward
