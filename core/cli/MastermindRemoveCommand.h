// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** steward-cli mastermind remove: removes a mastermind group with its hot seats, goals and check-ins. */
class MastermindRemoveCommand : public CliCommand
{
public:
    MastermindRemoveCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace steward
