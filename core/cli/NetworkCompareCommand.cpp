// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkCompareCommand.h"

#include "cli/NetworkCommandOptions.h"
#include "cli/StderrProgress.h"
#include "network/NetworkComparison.h"
#include "network/NetworkFindingsFormat.h"
#include "storage/InterventionRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace steward {

namespace {

constexpr int kDefaultWindowDays = 90;

/** The day to compare around: --at, or the named intervention's date. */
Result<QDate> comparisonDay(const QCommandLineParser& parser, const Database& database, qint64 communityId)
{
    const QString name = parser.value(QStringLiteral("intervention")).trimmed();
    if (name.isEmpty())
        return NetworkCommandOptions::dateOption(parser, QStringLiteral("at"));
    auto intervention = InterventionRepository(database).findByName(communityId, name);
    if (!intervention)
        return Result<QDate>::failure(intervention.errorString());
    if (!intervention->has_value())
        return Result<QDate>::failure(
            QCoreApplication::translate("NetworkCompareCommand", "the community has no intervention named '%1'")
                .arg(name));
    return (*intervention)->date;
}

} // namespace

NetworkCompareCommand::NetworkCompareCommand()
    : CliCommand("NetworkCompareCommand",
                 "network compare",
                 QT_TRANSLATE_NOOP("NetworkCompareCommand",
                                   "The network before and after a day or an intervention, side by side."))
{
}

void NetworkCompareCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        summary() + QStringLiteral("\n\n")
        + QCoreApplication::translate("NetworkCompareCommand",
                                      "Before: the DAYS days up to the day before DATE; after: DATE and the DAYS - 1 "
                                      "days after it. Both windows get every metric of 'network metrics' (see its "
                                      "--help); the changes listed are density, average clustering, cross-team share, "
                                      "isolated people, components, new knowledge brokers and who moved toward the "
                                      "core (their k-core number rose)."));
    NetworkCommandOptions::addFilterOptions(parser, false);
    parser.addOption({QStringLiteral("at"),
                      QCoreApplication::translate("NetworkCompareCommand", "The day the 'after' window starts."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("intervention"),
                      QCoreApplication::translate("NetworkCompareCommand", "Compare around this intervention's date."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("window"),
                      QCoreApplication::translate("NetworkCompareCommand", "Days in each window (default 90)."),
                      QStringLiteral("DAYS")});
    NetworkCommandOptions::addAnalysisOptions(parser);
    NetworkCommandOptions::addReportOutputOptions(parser);
}

ExitCode NetworkCompareCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    auto usage = [&context](const QString& message) { return reportError(context, ExitCode::Usage, message); };
    if (!parser.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("NetworkCompareCommand", "network compare takes no arguments"));
    auto choice = NetworkCommandOptions::parse(parser, false);
    if (!choice)
        return usage(choice.errorString());
    if (parser.isSet(QStringLiteral("at")) == parser.isSet(QStringLiteral("intervention")))
        return usage(
            QCoreApplication::translate("NetworkCompareCommand", "give either --at DATE or --intervention NAME"));
    auto at = NetworkCommandOptions::dateOption(parser, QStringLiteral("at"));
    if (!at)
        return usage(at.errorString());
    bool ok = true;
    const int days =
        parser.isSet(QStringLiteral("window")) ? parser.value(QStringLiteral("window")).toInt(&ok) : kDefaultWindowDays;
    if (!ok || days < 1)
        return usage(
            QCoreApplication::translate("NetworkCompareCommand", "--window needs a whole number of days (1 or more)"));
    auto json = NetworkCommandOptions::wantsJson(parser);
    if (!json)
        return usage(json.errorString());
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    if (Status s = NetworkCommandOptions::resolveCommunity(**database, *choice); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    auto day = comparisonDay(parser, **database, choice->filter.communityId);
    if (!day)
        return reportError(context, ExitCode::Failure, day.errorString());
    StderrProgress progress(context);
    auto comparison = NetworkComparison::compare(**database, choice->filter, *day, days, choice->analysis, progress);
    progress.finish();
    if (!comparison)
        return reportError(context, ExitCode::Failure, comparison.errorString());
    const QByteArray bytes =
        *json ? QJsonDocument(NetworkFindingsFormat::toJson(*comparison)).toJson(QJsonDocument::Indented)
              : NetworkFindingsFormat::toText(*comparison).toUtf8();
    if (Status s = NetworkCommandOptions::write(parser, bytes, context.out); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    return ExitCode::Success;
}

} // namespace steward
