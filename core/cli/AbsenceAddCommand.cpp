// SPDX-License-Identifier: GPL-3.0-or-later
#include "AbsenceAddCommand.h"

#include "cli/GoalCommandInput.h"
#include "storage/AbsenceRepository.h"

#include <QCoreApplication>

namespace steward {

AbsenceAddCommand::AbsenceAddCommand()
    : CliCommand(
        "AbsenceAddCommand",
        "absence add",
        QT_TRANSLATE_NOOP("AbsenceAddCommand",
                          "Record that a person is away from one day to another; no rotation seats them then."))
{
}

void AbsenceAddCommand::configure(QCommandLineParser& parser) const
{
    GoalCommandInput::addPersonOptions(parser);
    parser.addOption({QStringLiteral("from"),
                      QCoreApplication::translate("AbsenceAddCommand", "The first day away (required)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption(
        {QStringLiteral("to"),
         QCoreApplication::translate("AbsenceAddCommand", "The last day away, included (default: the first day)."),
         QStringLiteral("YYYY-MM-DD")});
}

ExitCode AbsenceAddCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const auto usage = [&context](const QString& message) { return reportError(context, ExitCode::Usage, message); };
    if (Status s = GoalCommandInput::requirePerson(parser, name()); !s)
        return usage(s.errorString());
    if (!parser.isSet(QStringLiteral("from")))
        return usage(QCoreApplication::translate("AbsenceAddCommand", "absence add needs --from YYYY-MM-DD"));
    const auto from = GoalCommandInput::date(parser, QStringLiteral("from"));
    const auto to = GoalCommandInput::date(parser, QStringLiteral("to"));
    if (!from || !to)
        return usage(from ? to.errorString() : from.errorString());
    Absence absence;
    absence.from = **from;
    absence.to = to->value_or(absence.from);
    if (absence.to < absence.from) {
        return usage(
            QCoreApplication::translate("AbsenceAddCommand", "the absence runs backwards: --to %1 is before --from %2")
                .arg(absence.to.toString(Qt::ISODate), absence.from.toString(Qt::ISODate)));
    }
    absence.note = parser.value(QStringLiteral("note"));

    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto person = GoalCommandInput::person(**database, parser);
    if (!person)
        return reportError(context, ExitCode::Failure, person.errorString());
    absence.personId = person->id;
    auto id = AbsenceRepository(**database).add(absence);
    if (!id)
        return reportError(context, ExitCode::Failure, id.errorString());
    const int days = int(absence.from.daysTo(absence.to)) + 1;
    context.out << QCoreApplication::translate("AbsenceAddCommand",
                                               "%1 is away from %2 to %3 (%4 day(s); absence id %5).")
                       .arg(person->name, absence.from.toString(Qt::ISODate), absence.to.toString(Qt::ISODate))
                       .arg(days)
                       .arg(*id)
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
