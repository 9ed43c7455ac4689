// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** `pathway move`: the steward moves a member to a level; skipping levels needs --reason. */
class PathwayMoveCommand : public CliCommand
{
public:
    PathwayMoveCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace steward
