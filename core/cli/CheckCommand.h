// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** steward-cli check: Check the integrity of the database and show its schema version. */
class CheckCommand : public CliCommand
{
public:
    CheckCommand();
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace steward
