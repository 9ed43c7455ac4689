// SPDX-License-Identifier: GPL-3.0-or-later
#include "AbsenceListCommand.h"

#include "cli/RecordTable.h"
#include "storage/AbsenceRepository.h"
#include "storage/PersonRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace steward {

AbsenceListCommand::AbsenceListCommand()
    : CliCommand("AbsenceListCommand",
                 "absence list",
                 QT_TRANSLATE_NOOP("AbsenceListCommand", "List the recorded absences, as a table, JSON or CSV."))
{
}

void AbsenceListCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("person"),
                      QCoreApplication::translate("AbsenceListCommand", "Only this person's absences."),
                      QStringLiteral("NAME_OR_EMAIL")});
    RecordTable::addOutputOptions(parser);
}

ExitCode AbsenceListCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    auto format = RecordTable::formatFrom(parser);
    if (!format)
        return reportError(context, ExitCode::Usage, format.errorString());
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    PersonRepository people(**database);
    AbsenceRepository repository(**database);
    Result<QList<Absence>> absences = repository.all();
    if (parser.isSet(QStringLiteral("person"))) {
        auto person = people.findByNameOrEmail(parser.value(QStringLiteral("person")));
        if (!person)
            return reportError(context, ExitCode::Failure, person.errorString());
        absences = repository.forPerson(person->id);
    }
    auto everyone = people.all();
    if (!absences || !everyone)
        return reportError(context, ExitCode::Failure, absences.errorString() + everyone.errorString());
    QHash<qint64, Person> personById;
    for (const Person& p : std::as_const(*everyone))
        personById.insert(p.id, p);

    RecordTable table({QStringLiteral("id"),
                       QStringLiteral("person"),
                       QStringLiteral("email"),
                       QStringLiteral("from"),
                       QStringLiteral("to"),
                       QStringLiteral("note")});
    for (const Absence& a : std::as_const(*absences)) {
        const Person p = personById.value(a.personId);
        table.addRow({a.id, p.name, p.email, a.from.toString(Qt::ISODate), a.to.toString(Qt::ISODate), a.note});
    }
    if (Status s = table.write(parser, *format, context.out); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    return ExitCode::Success;
}

} // namespace steward
