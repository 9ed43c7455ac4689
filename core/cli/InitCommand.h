// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** steward-cli init: Create a new, empty Steward database. */
class InitCommand : public CliCommand
{
public:
    InitCommand();
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace steward
