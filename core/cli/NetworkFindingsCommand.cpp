// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkFindingsCommand.h"

#include "cli/NetworkCommandOptions.h"
#include "cli/StderrProgress.h"
#include "network/NetworkFindings.h"
#include "network/NetworkFindingsFormat.h"
#include "network/NetworkSource.h"
#include "storage/InteractionRepository.h"
#include "storage/OutcomeRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace steward {

NetworkFindingsCommand::NetworkFindingsCommand()
    : CliCommand("NetworkFindingsCommand",
                 "network findings",
                 QT_TRANSLATE_NOOP("NetworkFindingsCommand",
                                   "Brokers, isolated people and teams, single points of failure, core and periphery, "
                                   "outcomes - in words or JSON."))
{
}

void NetworkFindingsCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        summary() + QStringLiteral("\n\n")
        + QCoreApplication::translate(
            "NetworkFindingsCommand",
            "Knowledge brokers: among the top tenth by betweenness (3 to 10 people), those whose constraint is below "
            "the median. Isolated people: no tie in the window. Isolated teams: E-I index at or below -0.8, or no tie "
            "outside the team. Single points of failure: articulation points, and people who gave more than half of "
            "a channel's answers (replies written, survey nominations received; channels with 5 answers or more). "
            "Core and periphery: Spearman correlation of coreness with the recorded level, people in the innermost "
            "core recorded as observer or peripheral, and core members or stewards with coreness 1 or less. "
            "Outcomes: Spearman correlation of each metric with each imported outcome (each person's latest value), "
            "with n and a caveat. See 'network metrics --help' for the metrics."));
    NetworkCommandOptions::addFilterOptions(parser);
    NetworkCommandOptions::addAnalysisOptions(parser);
    NetworkCommandOptions::addReportOutputOptions(parser);
}

ExitCode NetworkFindingsCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    if (!parser.positionalArguments().isEmpty())
        return reportError(
            context,
            ExitCode::Usage,
            QCoreApplication::translate("NetworkFindingsCommand", "network findings takes no arguments"));
    auto choice = NetworkCommandOptions::parse(parser);
    if (!choice)
        return reportError(context, ExitCode::Usage, choice.errorString());
    auto json = NetworkCommandOptions::wantsJson(parser);
    if (!json)
        return reportError(context, ExitCode::Usage, json.errorString());
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    if (Status s = NetworkCommandOptions::resolveCommunity(**database, *choice); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    auto network = NetworkSource::load(**database, choice->filter);
    auto answers = InteractionRepository(**database).channelAnswers(choice->filter);
    auto outcomes = OutcomeRepository(**database).all();
    for (const QString& error : {network.errorString(), answers.errorString(), outcomes.errorString()}) {
        if (!error.isEmpty())
            return reportError(context, ExitCode::Failure, error);
    }
    StderrProgress progress(context);
    auto metrics = NetworkAnalysis::analyse(*network, choice->analysis, progress);
    progress.finish();
    if (!metrics)
        return reportError(context, ExitCode::Failure, metrics.errorString());
    const Findings findings = NetworkFindings::find(*network, *metrics, *answers, *outcomes);
    const QByteArray bytes =
        *json ? QJsonDocument(NetworkFindingsFormat::toJson(findings)).toJson(QJsonDocument::Indented)
              : NetworkFindingsFormat::toText(findings).toUtf8();
    if (Status s = NetworkCommandOptions::write(parser, bytes, context.out); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    return ExitCode::Success;
}

} // namespace steward
