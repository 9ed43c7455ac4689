// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** steward-cli report mastermind NAME -o FILE.pdf [--include-confidential]: a mastermind group's summary. */
class ReportMastermindCommand : public CliCommand
{
public:
    ReportMastermindCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace steward
