// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** steward-cli intervention add: Record an intervention in a community (to compare before and after). */
class InterventionAddCommand : public CliCommand
{
public:
    InterventionAddCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace steward
