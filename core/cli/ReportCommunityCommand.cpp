// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommunityCommand.h"

#include "cli/ReportCommandOptions.h"
#include "cli/StderrProgress.h"
#include "report/CommunityHealthReport.h"

#include <QCoreApplication>

namespace steward {

ReportCommunityCommand::ReportCommunityCommand()
    : CliCommand(
        "ReportCommunityCommand",
        "report community",
        QT_TRANSLATE_NOOP("ReportCommunityCommand", "The community health report for a leader, as PDF (or HTML)."),
        "NAME")
{
}

void ReportCommunityCommand::configure(QCommandLineParser& parser) const
{
    ReportCommandOptions::add(parser);
}

ExitCode ReportCommunityCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    ReportCommandChoice choice;
    if (ExitCode code = ReportCommandOptions::start(parser, context, 1, choice); code != ExitCode::Success)
        return code;
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    StderrProgress progress(context);
    auto content = CommunityHealthReport::build(
        **database, parser.positionalArguments().constFirst(), choice.options, context.clock, progress);
    progress.finish();
    if (!content)
        return reportError(context, ExitCode::Failure, content.errorString());
    if (Status s = ReportCommandOptions::write(*content, choice, context); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    return ExitCode::Success;
}

} // namespace steward
