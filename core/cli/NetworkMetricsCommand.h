// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** steward-cli network metrics: Compute every person's and the network's metrics, as a table, JSON or CSV. */
class NetworkMetricsCommand : public CliCommand
{
public:
    NetworkMetricsCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace steward
