// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportNetworkCommand.h"

#include "cli/ReportCommandOptions.h"
#include "cli/StderrProgress.h"
#include "report/NetworkReport.h"

namespace steward {

ReportNetworkCommand::ReportNetworkCommand()
    : CliCommand("ReportNetworkCommand",
                 "report network",
                 QT_TRANSLATE_NOOP("ReportNetworkCommand",
                                   "The network report: picture, findings, metrics per person, before and after."),
                 "NAME")
{
}

void ReportNetworkCommand::configure(QCommandLineParser& parser) const
{
    ReportCommandOptions::add(parser);
}

ExitCode ReportNetworkCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    ReportCommandChoice choice;
    if (ExitCode code = ReportCommandOptions::start(parser, context, 1, choice); code != ExitCode::Success)
        return code;
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    StderrProgress progress(context);
    auto content = NetworkReport::build(
        **database, parser.positionalArguments().constFirst(), choice.options, context.clock, progress);
    progress.finish();
    if (!content)
        return reportError(context, ExitCode::Failure, content.errorString());
    if (Status s = ReportCommandOptions::write(*content, choice, context); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    return ExitCode::Success;
}

} // namespace steward
