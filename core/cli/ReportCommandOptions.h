// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"
#include "common/Progress.h"
#include "report/ReportContent.h"
#include "report/ReportOptions.h"
#include "report/ReportRenderer.h"

namespace steward {

/** What the report commands read from their shared options. */
struct ReportCommandChoice
{
    ReportOptions options;
    ReportPaper paper = ReportPaper::A4;
    bool html = false;
    QString output;
};

/** The options every `report` command shares (output, paper, HTML, period, privacy), read in one place. */
class ReportCommandOptions
{
public:
    /** -o, --paper, --html, --pseudonymise, --pseudonym-key, --min-group; --from/--to when period is true. */
    static void add(QCommandLineParser& parser, bool period = true);
    /** The options as given; a failure is a usage error naming the option. */
    static Result<ReportCommandChoice> parse(const QCommandLineParser& parser);
    /** Writes the content as HTML or (through the installed renderer) PDF to the chosen file. */
    static Status write(const ReportContent& content, const ReportCommandChoice& choice, CliContext& context);
    /** Parses, checks the positional count, opens the database: the common start of a report command. */
    static ExitCode
    start(const QCommandLineParser& parser, CliContext& context, int positionals, ReportCommandChoice& choice);

    /** A report about the community named by the one positional argument. */
    using CommunityReportBuilder = Result<ReportContent> (*)(
        const Database&, const QString& communityName, const ReportOptions&, const Clock&, Progress&);
    /** The whole of a community report command: options, database, build with progress, write. */
    static ExitCode
    runCommunityReport(const QCommandLineParser& parser, CliContext& context, CommunityReportBuilder build);
};

} // namespace steward
