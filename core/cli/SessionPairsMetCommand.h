// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** steward-cli session pairs-met: Mark whether people of one group of a stored round really met. */
class SessionPairsMetCommand : public CliCommand
{
public:
    SessionPairsMetCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace steward
