// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArtefactCommands.h"

#include "cli/ArtefactAddCommand.h"
#include "cli/ArtefactEditCommand.h"
#include "cli/ArtefactHistoryCommand.h"
#include "cli/ArtefactListCommand.h"
#include "cli/ArtefactRestoreCommand.h"
#include "cli/ArtefactSearchCommand.h"
#include "cli/ArtefactShowCommand.h"
#include "cli/PathwayCriteriaCommand.h"
#include "cli/PathwayDecideCommand.h"
#include "cli/PathwayMoveCommand.h"
#include "cli/PathwayShowCommand.h"
#include "cli/RecognitionAddCommand.h"
#include "cli/RecognitionListCommand.h"
#include "cli/ReviewAddCommand.h"

namespace steward {

void addRepertoireCommands(std::vector<std::unique_ptr<CliCommand>>& commands)
{
    commands.push_back(std::make_unique<ArtefactAddCommand>());
    commands.push_back(std::make_unique<ArtefactListCommand>());
    commands.push_back(std::make_unique<ArtefactShowCommand>());
    commands.push_back(std::make_unique<ArtefactSearchCommand>());
    commands.push_back(std::make_unique<ArtefactEditCommand>());
    commands.push_back(std::make_unique<ArtefactHistoryCommand>());
    commands.push_back(std::make_unique<ArtefactRestoreCommand>());
    commands.push_back(std::make_unique<ReviewAddCommand>());
    commands.push_back(std::make_unique<PathwayShowCommand>());
    commands.push_back(std::make_unique<PathwayDecideCommand>(PathwayDecideCommand::Decision::Accept));
    commands.push_back(std::make_unique<PathwayDecideCommand>(PathwayDecideCommand::Decision::Dismiss));
    commands.push_back(std::make_unique<PathwayMoveCommand>());
    commands.push_back(std::make_unique<PathwayCriteriaCommand>());
    commands.push_back(std::make_unique<RecognitionAddCommand>());
    commands.push_back(std::make_unique<RecognitionListCommand>());
}

} // namespace steward
