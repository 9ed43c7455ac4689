// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommunityCommand.h"

#include "cli/ReportCommandOptions.h"
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
    return ReportCommandOptions::runCommunityReport(parser, context, &CommunityHealthReport::build);
}

} // namespace steward
