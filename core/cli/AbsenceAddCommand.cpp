// SPDX-License-Identifier: GPL-3.0-or-later
#include "AbsenceAddCommand.h"

#include "storage/AbsenceRepository.h"
#include "storage/PersonRepository.h"

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
    parser.addOption(
        {QStringLiteral("person"),
         QCoreApplication::translate("AbsenceAddCommand", "The person, by email or exact name (required)."),
         QStringLiteral("NAME_OR_EMAIL")});
    parser.addOption({QStringLiteral("from"),
                      QCoreApplication::translate("AbsenceAddCommand", "The first day away (required)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption(
        {QStringLiteral("to"),
         QCoreApplication::translate("AbsenceAddCommand", "The last day away, included (default: the first day)."),
         QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("note"),
                      QCoreApplication::translate("AbsenceAddCommand", "Why, e.g. \"parental leave\"."),
                      QStringLiteral("TEXT")});
}

ExitCode AbsenceAddCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const auto usage = [&context](const QString& message) { return reportError(context, ExitCode::Usage, message); };
    if (parser.value(QStringLiteral("person")).trimmed().isEmpty())
        return usage(QCoreApplication::translate("AbsenceAddCommand", "absence add needs --person NAME_OR_EMAIL"));
    if (!parser.isSet(QStringLiteral("from")))
        return usage(QCoreApplication::translate("AbsenceAddCommand", "absence add needs --from YYYY-MM-DD"));
    Absence absence;
    absence.from = QDate::fromString(parser.value(QStringLiteral("from")).trimmed(), Qt::ISODate);
    if (!absence.from.isValid())
        return usage(
            QCoreApplication::translate("AbsenceAddCommand", "--from: '%1' is not a date in the form YYYY-MM-DD")
                .arg(parser.value(QStringLiteral("from"))));
    absence.to = absence.from;
    if (parser.isSet(QStringLiteral("to"))) {
        absence.to = QDate::fromString(parser.value(QStringLiteral("to")).trimmed(), Qt::ISODate);
        if (!absence.to.isValid())
            return usage(
                QCoreApplication::translate("AbsenceAddCommand", "--to: '%1' is not a date in the form YYYY-MM-DD")
                    .arg(parser.value(QStringLiteral("to"))));
    }
    if (absence.to < absence.from) {
        return usage(
            QCoreApplication::translate("AbsenceAddCommand", "the absence runs backwards: --to %1 is before --from %2")
                .arg(absence.to.toString(Qt::ISODate), absence.from.toString(Qt::ISODate)));
    }
    absence.note = parser.value(QStringLiteral("note"));

    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto person = PersonRepository(**database).findByNameOrEmail(parser.value(QStringLiteral("person")));
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
