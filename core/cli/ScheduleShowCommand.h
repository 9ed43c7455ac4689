// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** steward-cli schedule show: print a stored rotation with its seats' status, reviewed against today's absences. */
class ScheduleShowCommand : public CliCommand
{
public:
    ScheduleShowCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace steward
