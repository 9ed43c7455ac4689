// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** steward-cli restore: a checked archive into a new workspace file. */
class RestoreCommand : public CliCommand
{
public:
    RestoreCommand();
    bool needsDatabase() const override { return false; }
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace steward
