// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

#include <memory>
#include <vector>

namespace steward {

/** Appends the session commands (session add/list/attend/move/cancel/pairs-met, schedule pairs,
 * export ics) in help order. */
void addSessionCommands(std::vector<std::unique_ptr<CliCommand>>& commands);

} // namespace steward
