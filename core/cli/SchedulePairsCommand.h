// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** steward-cli schedule pairs: Plan pairs or small groups for a session's rounds, avoiding repeats. */
class SchedulePairsCommand : public CliCommand
{
public:
    SchedulePairsCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace steward
