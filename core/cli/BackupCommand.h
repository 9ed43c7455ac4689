// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** steward-cli backup: a consistent archive of the workspace with its manifest. */
class BackupCommand : public CliCommand
{
public:
    BackupCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace steward
