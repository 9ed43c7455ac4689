// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArtefactSearchCommand.h"

#include "cli/ArtefactCommandInput.h"
#include "cli/RecordTable.h"
#include "repertoire/ArtefactSearch.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace steward {

namespace {

Status writeHits(const QCommandLineParser& parser,
                 RecordTable::Format format,
                 const QList<ArtefactHit>& hits,
                 QTextStream& out)
{
    if (format == RecordTable::Format::Json) {
        QJsonArray array;
        for (const ArtefactHit& h : hits)
            array.append(QJsonObject{{QStringLiteral("id"), h.id},
                                     {QStringLiteral("title"), h.title},
                                     {QStringLiteral("kind"), h.kind},
                                     {QStringLiteral("status"), h.status},
                                     {QStringLiteral("tags"), ArtefactCommandInput::jsonStrings(h.tags)},
                                     {QStringLiteral("rank"), h.rank},
                                     {QStringLiteral("snippet"), h.snippet}});
        return ArtefactCommandInput::writeJson(parser, QJsonDocument(array), out);
    }
    RecordTable table({QStringLiteral("id"),
                       QStringLiteral("title"),
                       QStringLiteral("kind"),
                       QStringLiteral("status"),
                       QStringLiteral("rank"),
                       QStringLiteral("snippet")});
    for (const ArtefactHit& h : hits)
        table.addRow({h.id, h.title, h.kind, h.status, QString::number(h.rank, 'f', 3), h.snippet});
    return table.write(parser, format, out);
}

} // namespace

ArtefactSearchCommand::ArtefactSearchCommand()
    : CliCommand("ArtefactSearchCommand",
                 "artefact search",
                 QT_TRANSLATE_NOOP("ArtefactSearchCommand",
                                   "Search titles, bodies and tags; best hits first, with [marked] snippets."),
                 "QUERY")
{
}

void ArtefactSearchCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("QUERY"),
        QCoreApplication::translate("ArtefactSearchCommand",
                                    "Words to find (all of them; the last may be the start of a word)."));
    parser.addOption({QStringLiteral("community"),
                      QCoreApplication::translate("ArtefactSearchCommand", "Search only this community."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("limit"),
                      QCoreApplication::translate("ArtefactSearchCommand", "At most this many hits (default 20)."),
                      QStringLiteral("N")});
    ArtefactCommandInput::addFilterOptions(parser);
    RecordTable::addOutputOptions(parser);
}

ExitCode ArtefactSearchCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QString query = parser.positionalArguments().join(QLatin1Char(' '));
    if (query.trimmed().isEmpty())
        return reportError(context,
                           ExitCode::Usage,
                           QCoreApplication::translate("ArtefactSearchCommand", "artefact search needs a QUERY"));
    auto format = RecordTable::formatFrom(parser);
    if (!format)
        return reportError(context, ExitCode::Usage, format.errorString());
    auto limit = parser.isSet(QStringLiteral("limit"))
                     ? ArtefactCommandInput::number(parser.value(QStringLiteral("limit")), QStringLiteral("--limit"))
                     : Result<qint64>(20);
    if (!limit)
        return reportError(context, ExitCode::Usage, limit.errorString());
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    qint64 communityId = 0;
    if (parser.isSet(QStringLiteral("community"))) {
        auto community = ArtefactCommandInput::community(**database, parser.value(QStringLiteral("community")));
        if (!community)
            return reportError(context, ExitCode::Failure, community.errorString());
        communityId = community->id;
    }
    auto filter = ArtefactCommandInput::filter(parser, **database, communityId);
    if (!filter)
        return reportError(context, ExitCode::Failure, filter.errorString());
    auto hits = ArtefactSearch(**database).search(query, *filter, int(*limit));
    if (!hits)
        return reportError(context, ExitCode::Failure, hits.errorString());
    if (Status s = writeHits(parser, *format, *hits, context.out); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    return ExitCode::Success;
}

} // namespace steward
