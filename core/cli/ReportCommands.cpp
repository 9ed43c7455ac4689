// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommands.h"

#include "cli/ReportCommunityCommand.h"

namespace steward {

void addReportCommands(std::vector<std::unique_ptr<CliCommand>>& commands)
{
    commands.push_back(std::make_unique<ReportCommunityCommand>());
}

} // namespace steward
