// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** `pathway accept ID` (records the level change with the proposal's reason) or `pathway dismiss ID`. */
class PathwayDecideCommand : public CliCommand
{
public:
    enum class Decision
    {
        Accept,
        Dismiss,
    };
    explicit PathwayDecideCommand(Decision decision);
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;

private:
    Decision m_decision;
};

} // namespace steward
