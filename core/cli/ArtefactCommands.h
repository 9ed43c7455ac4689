// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

#include <memory>
#include <vector>

namespace steward {

/** Appends the repertoire, review, pathway and recognition commands in help order. */
void addRepertoireCommands(std::vector<std::unique_ptr<CliCommand>>& commands);

} // namespace steward
