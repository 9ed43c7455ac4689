// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleListCommand.h"

#include "cli/RecordTable.h"
#include "storage/PersonRepository.h"

#include <QCoreApplication>

namespace steward {

PeopleListCommand::PeopleListCommand()
    : CliCommand("PeopleListCommand",
                 "people list",
                 QT_TRANSLATE_NOOP("PeopleListCommand", "List everyone, as a table, JSON or CSV."))
{
}

void PeopleListCommand::configure(QCommandLineParser& parser) const
{
    RecordTable::addOutputOptions(parser);
}

ExitCode PeopleListCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    auto format = RecordTable::formatFrom(parser);
    if (!format)
        return reportError(context, ExitCode::Usage, format.errorString());
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto people = PersonRepository(**database).all();
    if (!people)
        return reportError(context, ExitCode::Failure, people.errorString());
    const bool brief = *format == RecordTable::Format::Text;
    QStringList columns = PersonRepository::fieldNames();
    if (brief)
        columns = columns.mid(0, 4);
    columns.prepend(QStringLiteral("id"));
    RecordTable table(columns);
    for (const Person& p : std::as_const(*people)) {
        QVariantList row = {p.id, p.name, p.email, p.team, p.department};
        if (!brief) {
            row += QVariantList{p.title,
                                p.location,
                                p.startDate.isValid() ? p.startDate.toString(Qt::ISODate) : QString(),
                                p.slackId,
                                p.discordId,
                                p.githubLogin,
                                p.teamsId};
        }
        table.addRow(row);
    }
    if (Status s = table.write(parser, *format, context.out); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    return ExitCode::Success;
}

} // namespace steward
