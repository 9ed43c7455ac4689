// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** steward-cli report network NAME -o FILE.pdf: the network report (picture, findings, metrics, comparisons). */
class ReportNetworkCommand : public CliCommand
{
public:
    ReportNetworkCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace steward
