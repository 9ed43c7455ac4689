// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** steward-cli export ics: Export a community's sessions (or one) as an iCalendar file. */
class ExportIcsCommand : public CliCommand
{
public:
    ExportIcsCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;

private:
    /** --plan ID: a stored rotation (hot seats, micro-teach, on-call), one event per meeting or shift. */
    ExitCode runPlan(const QCommandLineParser& parser, CliContext& context) const;
};

} // namespace steward
