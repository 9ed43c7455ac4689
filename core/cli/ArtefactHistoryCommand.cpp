// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArtefactHistoryCommand.h"

#include "cli/ArtefactCommandInput.h"
#include "cli/RecordTable.h"
#include "repertoire/ArtefactRepository.h"
#include "storage/PersonRepository.h"

#include <QCoreApplication>

namespace steward {

ArtefactHistoryCommand::ArtefactHistoryCommand()
    : CliCommand("ArtefactHistoryCommand",
                 "artefact history",
                 QT_TRANSLATE_NOOP("ArtefactHistoryCommand", "List the versions of an artefact, oldest first."),
                 "ID")
{
}

void ArtefactHistoryCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 QCoreApplication::translate("ArtefactHistoryCommand", "The artefact's id."));
    RecordTable::addOutputOptions(parser);
}

ExitCode ArtefactHistoryCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    if (parser.positionalArguments().size() != 1)
        return reportError(context,
                           ExitCode::Usage,
                           QCoreApplication::translate("ArtefactHistoryCommand", "artefact history needs one ID"));
    auto id = ArtefactCommandInput::number(parser.positionalArguments().constFirst(), QStringLiteral("ID"));
    auto format = RecordTable::formatFrom(parser);
    if (!id || !format)
        return reportError(context, ExitCode::Usage, id ? format.errorString() : id.errorString());
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    ArtefactRepository repository(**database);
    auto found = ArtefactCommandInput::artefact(**database, *id);
    if (!found)
        return reportError(context, ExitCode::Failure, found.errorString());
    auto versions = repository.versions(*id);
    if (!versions)
        return reportError(context, ExitCode::Failure, versions.errorString());
    const PersonRepository people(**database);
    RecordTable table({QStringLiteral("version"),
                       QStringLiteral("title"),
                       QStringLiteral("tags"),
                       QStringLiteral("saved_at"),
                       QStringLiteral("saved_by"),
                       QStringLiteral("note")});
    for (const ArtefactVersion& v : std::as_const(*versions)) {
        auto person = v.savedBy > 0 ? people.find(v.savedBy) : Result<std::optional<Person>>(std::nullopt);
        const QString by = person && person->has_value() ? (*person)->name : QString();
        table.addRow(
            {v.number, v.title, v.tags.join(QStringLiteral(", ")), v.savedAt.toString(Qt::ISODate), by, v.note});
    }
    if (Status s = table.write(parser, *format, context.out); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    return ExitCode::Success;
}

} // namespace steward
