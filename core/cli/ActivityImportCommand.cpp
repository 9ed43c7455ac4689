// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityImportCommand.h"

#include "cli/StderrProgress.h"
#include "import/activity/ActivityImporter.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace steward {

namespace {

const char* const kWords[] = {
    "import slack", "import discord", "import teams", "import github-reviews", "import survey"};
const char* const kSummaries[] = {
    QT_TRANSLATE_NOOP("ActivityImportCommand", "Import a Slack workspace export (.zip) as interactions, as one batch."),
    QT_TRANSLATE_NOOP("ActivityImportCommand",
                      "Import a Discord channel (DiscordChatExporter JSON) as interactions, as one batch."),
    QT_TRANSLATE_NOOP("ActivityImportCommand",
                      "Import Microsoft Teams channel messages (Graph API JSON) as interactions, as one batch."),
    QT_TRANSLATE_NOOP("ActivityImportCommand",
                      "Import GitHub pull-request reviews (REST API JSON) as interactions, as one batch."),
    QT_TRANSLATE_NOOP("ActivityImportCommand", "Import a name-generator survey (CSV) as interactions, as one batch."),
};
const char* const kPositional[] = {"FILE.zip", "FILE.json", "FILE.json", "FILE.json", "FILE.csv"};

QString rulesText()
{
    return QCoreApplication::translate(
        "ActivityImportCommand",
        "Rules: a reply in a thread is a tie replier -> thread starter; an @mention is a tie author -> "
        "mentioned person; a review is a tie reviewer -> pull-request author; a survey answer is a tie "
        "respondent -> named person, with the question as its channel. Every tie has weight 1 (surveys: "
        "their strength). Ties to oneself are dropped; bot messages, joins, leaves and other system messages "
        "are skipped; an edited message counts once; messages by or ties to deleted or unknown accounts are "
        "skipped and nobody is invented for them - all counted in 'skipped'. People are matched by the "
        "platform's id, then email, then name (Unicode NFKC, case-insensitive); whoever matches nobody is "
        "created and flagged unmatched, to merge later. Everyone met becomes an observer of the community "
        "unless already a member. All or nothing: any bad entry stops the import and changes nothing. "
        "'steward-cli import undo BATCH_ID' takes it all back.");
}

} // namespace

ActivityImportCommand::ActivityImportCommand(ActivityFormat format)
    : CliCommand("ActivityImportCommand", kWords[int(format)], kSummaries[int(format)], kPositional[int(format)])
    , m_format(format)
{
}

void ActivityImportCommand::addAll(std::vector<std::unique_ptr<CliCommand>>& commands)
{
    for (ActivityFormat format : {ActivityFormat::Slack,
                                  ActivityFormat::Discord,
                                  ActivityFormat::Teams,
                                  ActivityFormat::GithubReviews,
                                  ActivityFormat::Survey})
        commands.push_back(std::make_unique<ActivityImportCommand>(format));
}

void ActivityImportCommand::configure(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(summary() + QStringLiteral("\n\n") + rulesText());
    parser.addPositionalArgument(positionalSyntax(),
                                 QCoreApplication::translate("ActivityImportCommand", "The file to import."));
    parser.addOption({QStringLiteral("community"),
                      QCoreApplication::translate("ActivityImportCommand", "The community the activity belongs to."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("channels"),
                      QCoreApplication::translate("ActivityImportCommand",
                                                  "Import only these channels (comma-separated; default: all)."),
                      QStringLiteral("a,b")});
    parser.addOption({QStringLiteral("dry-run"),
                      QCoreApplication::translate("ActivityImportCommand",
                                                  "Read everything and report the counts, but change nothing.")});
    parser.addOption({QStringLiteral("format"),
                      QCoreApplication::translate("ActivityImportCommand", "Output format: text (default) or json."),
                      QStringLiteral("FORMAT"),
                      QStringLiteral("text")});
}

ExitCode ActivityImportCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return reportError(context,
                           ExitCode::Usage,
                           QCoreApplication::translate("ActivityImportCommand", "%1 needs exactly one %2")
                               .arg(name(), positionalSyntax()));
    const QString community = parser.value(QStringLiteral("community")).trimmed();
    if (community.isEmpty())
        return reportError(context,
                           ExitCode::Usage,
                           QCoreApplication::translate("ActivityImportCommand", "--community NAME is required"));
    const QString format = parser.value(QStringLiteral("format")).trimmed().toLower();
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return reportError(
            context,
            ExitCode::Usage,
            QCoreApplication::translate("ActivityImportCommand", "--format must be text or json, not '%1'")
                .arg(format));
    ActivityImportRequest request{m_format, files.constFirst(), community, {}, parser.isSet(QStringLiteral("dry-run"))};
    for (const QString& channel : parser.value(QStringLiteral("channels")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        request.channels.append(channel.trimmed());
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    StderrProgress progress(context);
    auto summary = ActivityImporter(**database, context.clock, progress).run(request);
    progress.finish();
    if (!summary)
        return reportError(context, ExitCode::Failure, summary.errorString());
    if (format == QLatin1String("json"))
        context.out << QString::fromUtf8(QJsonDocument(summary->toJson()).toJson(QJsonDocument::Indented));
    else
        writeText(*summary, context);
    context.out.flush();
    return ExitCode::Success;
}

void ActivityImportCommand::writeText(const ActivityImportSummary& summary, CliContext& context) const
{
    const QString head =
        summary.dryRun
            ? QCoreApplication::translate("ActivityImportCommand", "Dry run, nothing was changed:")
            : QCoreApplication::translate("ActivityImportCommand", "Imported as batch %1:").arg(summary.batchId);
    context.out << head << '\n'
                << QCoreApplication::translate("ActivityImportCommand",
                                               "  %1 messages read, %2 interactions, %3 people matched, %4 people "
                                               "created (unmatched, to review)")
                       .arg(summary.messagesRead)
                       .arg(summary.interactionsCreated)
                       .arg(summary.peopleMatched)
                       .arg(summary.peopleCreated)
                << '\n';
    for (auto it = summary.skipped.constBegin(); it != summary.skipped.constEnd(); ++it)
        context.out
            << QCoreApplication::translate("ActivityImportCommand", "  skipped %1: %2").arg(it.key()).arg(it.value())
            << '\n';
    for (const QString& warning : summary.warnings)
        context.out << QCoreApplication::translate("ActivityImportCommand", "  warning: %1").arg(warning) << '\n';
}

} // namespace steward
