// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptOutAddCommand.h"

#include "cli/GoalCommandInput.h"
#include "storage/OptOutRepository.h"

#include <QCoreApplication>

namespace steward {

OptOutAddCommand::OptOutAddCommand()
    : CliCommand(
        "OptOutAddCommand",
        "opt-out add",
        QT_TRANSLATE_NOOP("OptOutAddCommand",
                          "Take a person out of one kind of rotation (here or everywhere); turns they held stay."))
{
}

void OptOutAddCommand::configure(QCommandLineParser& parser) const
{
    GoalCommandInput::addPersonOptions(parser);
    parser.addOption(
        {QStringLiteral("kind"),
         QCoreApplication::translate("OptOutAddCommand", "hot-seat, micro-teach, on-call or session-role (required)."),
         QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("community"),
                      QCoreApplication::translate("OptOutAddCommand", "Only in this community (default: everywhere)."),
                      QStringLiteral("NAME")});
}

ExitCode OptOutAddCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const auto usage = [&context](const QString& message) { return reportError(context, ExitCode::Usage, message); };
    if (Status s = GoalCommandInput::requirePerson(parser, name()); !s)
        return usage(s.errorString());
    OptOut optOut;
    optOut.kind = parser.value(QStringLiteral("kind")).trimmed().toLower();
    if (!OptOut::kinds().contains(optOut.kind))
        return usage(QCoreApplication::translate("OptOutAddCommand", "--kind: '%1' is not one of %2")
                         .arg(parser.value(QStringLiteral("kind")), OptOut::kinds().join(QStringLiteral(", "))));
    optOut.note = parser.value(QStringLiteral("note"));
    optOut.since = context.clock.today();
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto person = GoalCommandInput::person(**database, parser);
    if (!person)
        return reportError(context, ExitCode::Failure, person.errorString());
    optOut.personId = person->id;
    QString where = QCoreApplication::translate("OptOutAddCommand", "everywhere");
    if (parser.isSet(QStringLiteral("community"))) {
        auto community = GoalCommandInput::community(**database, parser.value(QStringLiteral("community")));
        if (!community)
            return reportError(context, ExitCode::Failure, community.errorString());
        optOut.communityId = community->id;
        where = QCoreApplication::translate("OptOutAddCommand", "in %1").arg(community->name);
    }
    auto id = OptOutRepository(**database).add(optOut);
    if (!id)
        return reportError(context, ExitCode::Failure, id.errorString());
    context.out << QCoreApplication::translate("OptOutAddCommand", "%1 takes no new %2 turns %3 (opt-out id %4).")
                       .arg(person->name, optOut.kind, where)
                       .arg(*id)
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
