// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommands.h"

#include "cli/ReportCommunityCommand.h"
#include "cli/ReportMastermindCommand.h"
#include "cli/ReportNetworkCommand.h"
#include "cli/ReportScheduleCommand.h"

namespace steward {

void addReportCommands(std::vector<std::unique_ptr<CliCommand>>& commands)
{
    commands.push_back(std::make_unique<ReportCommunityCommand>());
    commands.push_back(std::make_unique<ReportNetworkCommand>());
    commands.push_back(std::make_unique<ReportMastermindCommand>());
    using Kind = ReportScheduleCommand::Kind;
    for (Kind kind : {Kind::HotSeat, Kind::MicroTeach, Kind::OnCall, Kind::Session})
        commands.push_back(std::make_unique<ReportScheduleCommand>(kind));
}

} // namespace steward
