// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArtefactListCommand.h"

#include "cli/ArtefactCommandInput.h"
#include "cli/RecordTable.h"
#include "repertoire/ArtefactRepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace steward {

ArtefactListCommand::ArtefactListCommand()
    : CliCommand("ArtefactListCommand",
                 "artefact list",
                 QT_TRANSLATE_NOOP("ArtefactListCommand", "List a community's artefacts, newest change first."))
{
}

void ArtefactListCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("community"),
                      QCoreApplication::translate("ArtefactListCommand", "The community."),
                      QStringLiteral("NAME")});
    ArtefactCommandInput::addFilterOptions(parser);
    RecordTable::addOutputOptions(parser);
}

ExitCode ArtefactListCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    auto format = RecordTable::formatFrom(parser);
    if (!format)
        return reportError(context, ExitCode::Usage, format.errorString());
    if (!parser.isSet(QStringLiteral("community")))
        return reportError(context,
                           ExitCode::Usage,
                           QCoreApplication::translate("ArtefactListCommand", "--community NAME is required"));
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto community = ArtefactCommandInput::community(**database, parser.value(QStringLiteral("community")));
    if (!community)
        return reportError(context, ExitCode::Failure, community.errorString());
    auto filter = ArtefactCommandInput::filter(parser, **database, community->id);
    if (!filter)
        return reportError(context, ExitCode::Failure, filter.errorString());
    auto artefacts = ArtefactRepository(**database).list(*filter);
    if (!artefacts)
        return reportError(context, ExitCode::Failure, artefacts.errorString());
    Status written;
    if (*format == RecordTable::Format::Json) {
        QJsonArray array;
        for (const Artefact& a : std::as_const(*artefacts))
            array.append(QJsonObject{{QStringLiteral("id"), a.id},
                                     {QStringLiteral("title"), a.title},
                                     {QStringLiteral("kind"), a.kind},
                                     {QStringLiteral("status"), a.status},
                                     {QStringLiteral("tags"), ArtefactCommandInput::jsonStrings(a.tags)}});
        written = ArtefactCommandInput::writeJson(parser, QJsonDocument(array), context.out);
    } else {
        RecordTable table({QStringLiteral("id"),
                           QStringLiteral("title"),
                           QStringLiteral("kind"),
                           QStringLiteral("status"),
                           QStringLiteral("tags"),
                           QStringLiteral("versions")});
        for (const Artefact& a : std::as_const(*artefacts))
            table.addRow({a.id, a.title, a.kind, a.status, a.tags.join(QStringLiteral(", ")), a.versionCount});
        written = table.write(parser, *format, context.out);
    }
    if (!written)
        return reportError(context, ExitCode::Failure, written.errorString());
    return ExitCode::Success;
}

} // namespace steward
