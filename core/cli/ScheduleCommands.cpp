// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleCommands.h"

#include "cli/AbsenceAddCommand.h"
#include "cli/AbsenceListCommand.h"
#include "cli/GoalAddCommand.h"
#include "cli/GoalCheckInCommand.h"
#include "cli/GoalListCommand.h"
#include "cli/MastermindAddCommand.h"
#include "cli/MastermindListCommand.h"
#include "cli/MastermindRemoveCommand.h"
#include "cli/OptOutAddCommand.h"
#include "cli/OptOutListCommand.h"
#include "cli/ScheduleHotSeatCommand.h"
#include "cli/ScheduleListCommand.h"
#include "cli/ScheduleMicroTeachCommand.h"
#include "cli/ScheduleOnCallCommand.h"
#include "cli/ScheduleShowCommand.h"
#include "cli/TopicAddCommand.h"
#include "cli/TopicListCommand.h"

namespace steward {

void addRotationCommands(std::vector<std::unique_ptr<CliCommand>>& commands)
{
    commands.push_back(std::make_unique<MastermindAddCommand>());
    commands.push_back(std::make_unique<MastermindListCommand>());
    commands.push_back(std::make_unique<MastermindRemoveCommand>());
    commands.push_back(std::make_unique<AbsenceAddCommand>());
    commands.push_back(std::make_unique<AbsenceListCommand>());
    commands.push_back(std::make_unique<ScheduleHotSeatCommand>());
    commands.push_back(std::make_unique<ScheduleMicroTeachCommand>());
    commands.push_back(std::make_unique<ScheduleOnCallCommand>());
    commands.push_back(std::make_unique<ScheduleShowCommand>());
    commands.push_back(std::make_unique<ScheduleListCommand>());
    commands.push_back(std::make_unique<GoalAddCommand>());
    commands.push_back(std::make_unique<GoalCheckInCommand>());
    commands.push_back(std::make_unique<GoalListCommand>());
    commands.push_back(std::make_unique<OptOutAddCommand>());
    commands.push_back(std::make_unique<OptOutListCommand>());
    commands.push_back(std::make_unique<TopicAddCommand>());
    commands.push_back(std::make_unique<TopicListCommand>());
}

} // namespace steward
