// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportMastermindCommand.h"

#include "cli/ReportCommandOptions.h"
#include "report/MastermindSummaryReport.h"

#include <QCoreApplication>

namespace steward {

ReportMastermindCommand::ReportMastermindCommand()
    : CliCommand("ReportMastermindCommand",
                 "report mastermind",
                 QT_TRANSLATE_NOOP("ReportMastermindCommand",
                                   "A mastermind group's summary: attendance, hot-seat turns, goal progress."),
                 "NAME")
{
}

void ReportMastermindCommand::configure(QCommandLineParser& parser) const
{
    ReportCommandOptions::add(parser);
    parser.addOption({QStringLiteral("include-confidential"),
                      QCoreApplication::translate("ReportMastermindCommand",
                                                  "Include the check-ins' confidential notes in this one export.")});
}

ExitCode ReportMastermindCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    ReportCommandChoice choice;
    if (ExitCode code = ReportCommandOptions::start(parser, context, 1, choice); code != ExitCode::Success)
        return code;
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto content = MastermindSummaryReport::build(
        **database, parser.positionalArguments().constFirst(), choice.options, context.clock);
    if (!content)
        return reportError(context, ExitCode::Failure, content.errorString());
    if (Status s = ReportCommandOptions::write(*content, choice, context); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    return ExitCode::Success;
}

} // namespace steward
