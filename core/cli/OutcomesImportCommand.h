// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** steward-cli outcomes import: Import outcomes per person from CSV (all rows or none), as one batch. */
class OutcomesImportCommand : public CliCommand
{
public:
    OutcomesImportCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace steward
