// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/**
 * `pathway criteria`: shows, or with --set replaces, a community's pathway criteria, and changes its
 * periodic review cadence, thresholds, leaderboard opt-in and staff marks.
 */
class PathwayCriteriaCommand : public CliCommand
{
public:
    PathwayCriteriaCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace steward
