// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** steward-cli network findings: Knowledge brokers, isolated people and teams, single points of failure, core and
 * periphery, outcomes - in words or JSON. */
class NetworkFindingsCommand : public CliCommand
{
public:
    NetworkFindingsCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace steward
