// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportNetworkCommand.h"

#include "cli/ReportCommandOptions.h"
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
    return ReportCommandOptions::runCommunityReport(parser, context, &NetworkReport::build);
}

} // namespace steward
