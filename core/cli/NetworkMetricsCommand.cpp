// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkMetricsCommand.h"

#include "cli/NetworkCommandOptions.h"
#include "cli/RecordTable.h"
#include "cli/StderrProgress.h"
#include "network/NetworkAnalysis.h"
#include "network/NetworkMetricsFormat.h"
#include "network/NetworkSource.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace steward {

namespace {

QString number(double value, int digits = 3)
{
    return QString::number(value, 'f', digits);
}

QString optionalNumber(const std::optional<double>& value, int digits = 3)
{
    return value ? number(*value, digits) : QStringLiteral("-");
}

/** A readable summary: the network in a few lines, then people from the highest betweenness down. */
QString readable(const NetworkMetrics& metrics)
{
    const GraphMetrics& g = metrics.graph;
    QString text = QCoreApplication::translate("NetworkMetricsCommand",
                                               "%1 people, %2 ties, density %3, %4 components (largest %5%), "
                                               "%6 isolated\n")
                       .arg(g.nodes)
                       .arg(g.edges)
                       .arg(number(g.density))
                       .arg(g.components)
                       .arg(qRound(g.largestComponentShare * 100))
                       .arg(g.isolates);
    text += QCoreApplication::translate("NetworkMetricsCommand",
                                        "transitivity %1, average clustering %2, modularity %3 (%4 communities), "
                                        "cross-team share %5\n\n")
                .arg(number(g.transitivity), number(g.averageClustering), optionalNumber(g.modularity))
                .arg(g.communities)
                .arg(optionalNumber(g.crossTeamShare));
    QList<PersonMetrics> people = metrics.people;
    std::stable_sort(people.begin(), people.end(), [](const PersonMetrics& a, const PersonMetrics& b) {
        return a.betweenness > b.betweenness;
    });
    RecordTable table({QStringLiteral("name"),
                       QStringLiteral("team"),
                       QStringLiteral("degree"),
                       QStringLiteral("betweenness"),
                       QStringLiteral("closeness"),
                       QStringLiteral("clustering"),
                       QStringLiteral("coreness"),
                       QStringLiteral("constraint"),
                       QStringLiteral("community"),
                       QStringLiteral("articulation")});
    for (const PersonMetrics& p : std::as_const(people))
        table.addRow({p.name,
                      p.team,
                      p.degree,
                      number(p.betweennessNormalized),
                      number(p.closeness),
                      number(p.clustering),
                      p.coreness,
                      optionalNumber(p.constraint),
                      p.community,
                      p.articulation ? QStringLiteral("yes") : QString()});
    return text + table.toText();
}

} // namespace

NetworkMetricsCommand::NetworkMetricsCommand()
    : CliCommand("NetworkMetricsCommand",
                 "network metrics",
                 QT_TRANSLATE_NOOP("NetworkMetricsCommand",
                                   "Compute every person's and the network's metrics, as a table, JSON or CSV."))
{
}

void NetworkMetricsCommand::configure(QCommandLineParser& parser) const
{
    // The help shows every definition: people compare these numbers with other tools.
    parser.setApplicationDescription(summary() + QStringLiteral("\n\n") + NetworkAnalysis::definitions());
    NetworkCommandOptions::addFilterOptions(parser);
    NetworkCommandOptions::addAnalysisOptions(parser);
    RecordTable::addOutputOptions(parser);
}

ExitCode NetworkMetricsCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    if (!parser.positionalArguments().isEmpty())
        return reportError(context,
                           ExitCode::Usage,
                           QCoreApplication::translate("NetworkMetricsCommand", "network metrics takes no arguments"));
    auto choice = NetworkCommandOptions::parse(parser);
    if (!choice)
        return reportError(context, ExitCode::Usage, choice.errorString());
    auto format = RecordTable::formatFrom(parser);
    if (!format)
        return reportError(context, ExitCode::Usage, format.errorString());
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    if (Status s = NetworkCommandOptions::resolveCommunity(**database, *choice); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    auto network = NetworkSource::load(**database, choice->filter);
    if (!network)
        return reportError(context, ExitCode::Failure, network.errorString());
    StderrProgress progress(context);
    auto metrics = NetworkAnalysis::analyse(*network, choice->analysis, progress);
    progress.finish();
    if (!metrics)
        return reportError(context, ExitCode::Failure, metrics.errorString());
    const QByteArray bytes = *format == RecordTable::Format::Json
                                 ? QJsonDocument(NetworkMetricsFormat::toJson(*metrics)).toJson(QJsonDocument::Indented)
                             : *format == RecordTable::Format::Csv ? NetworkMetricsFormat::toCsv(*metrics)
                                                                   : readable(*metrics).toUtf8();
    if (Status s = NetworkCommandOptions::write(parser, bytes, context.out); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    return ExitCode::Success;
}

} // namespace steward
