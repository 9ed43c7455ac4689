// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** steward-cli report community NAME -o FILE.pdf: the community health report as PDF or HTML. */
class ReportCommunityCommand : public CliCommand
{
public:
    ReportCommunityCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace steward
