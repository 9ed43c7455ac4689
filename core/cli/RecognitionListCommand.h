// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/**
 * `recognition list`: a community's shout-outs and badges (and the app's badge proposals), or with
 * --contributions the counts per person for a period, or with --leaderboard the ranking (opt-in only).
 */
class RecognitionListCommand : public CliCommand
{
public:
    RecognitionListCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace steward
