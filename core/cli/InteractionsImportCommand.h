// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** steward-cli interactions import: Import interactions for a community from CSV (all rows or none), as one batch. */
class InteractionsImportCommand : public CliCommand
{
public:
    InteractionsImportCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace steward
