// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

#include <memory>
#include <vector>

namespace steward {

/** Appends the rotation commands (mastermind, absence, schedule) to steward-cli's command list, in help order. */
void addRotationCommands(std::vector<std::unique_ptr<CliCommand>>& commands);

} // namespace steward
