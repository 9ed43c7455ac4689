// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleCommands.h"

#include "cli/AbsenceAddCommand.h"
#include "cli/AbsenceListCommand.h"
#include "cli/MastermindAddCommand.h"
#include "cli/MastermindListCommand.h"
#include "cli/ScheduleHotSeatCommand.h"
#include "cli/ScheduleListCommand.h"
#include "cli/ScheduleMicroTeachCommand.h"
#include "cli/ScheduleOnCallCommand.h"
#include "cli/ScheduleShowCommand.h"

namespace steward {

void addRotationCommands(std::vector<std::unique_ptr<CliCommand>>& commands)
{
    commands.push_back(std::make_unique<MastermindAddCommand>());
    commands.push_back(std::make_unique<MastermindListCommand>());
    commands.push_back(std::make_unique<AbsenceAddCommand>());
    commands.push_back(std::make_unique<AbsenceListCommand>());
    commands.push_back(std::make_unique<ScheduleHotSeatCommand>());
    commands.push_back(std::make_unique<ScheduleMicroTeachCommand>());
    commands.push_back(std::make_unique<ScheduleOnCallCommand>());
    commands.push_back(std::make_unique<ScheduleShowCommand>());
    commands.push_back(std::make_unique<ScheduleListCommand>());
}

} // namespace steward
