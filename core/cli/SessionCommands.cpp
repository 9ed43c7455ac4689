// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionCommands.h"

#include "cli/ExportIcsCommand.h"
#include "cli/SchedulePairsCommand.h"
#include "cli/SessionAddCommand.h"
#include "cli/SessionAttendCommand.h"
#include "cli/SessionCancelCommand.h"
#include "cli/SessionListCommand.h"
#include "cli/SessionMoveCommand.h"
#include "cli/SessionPairsMetCommand.h"

namespace steward {

void addSessionCommands(std::vector<std::unique_ptr<CliCommand>>& commands)
{
    commands.push_back(std::make_unique<SessionAddCommand>());
    commands.push_back(std::make_unique<SessionListCommand>());
    commands.push_back(std::make_unique<SessionAttendCommand>());
    commands.push_back(std::make_unique<SessionMoveCommand>());
    commands.push_back(std::make_unique<SessionCancelCommand>());
    commands.push_back(std::make_unique<SessionPairsMetCommand>());
    commands.push_back(std::make_unique<SchedulePairsCommand>());
    commands.push_back(std::make_unique<ExportIcsCommand>());
}

} // namespace steward
