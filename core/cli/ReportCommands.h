// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

#include <memory>
#include <vector>

namespace steward {

/** Adds the `report ...` commands. */
void addReportCommands(std::vector<std::unique_ptr<CliCommand>>& commands);

} // namespace steward
