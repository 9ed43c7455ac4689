// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalAddCommand.h"

#include "cli/GoalCommandInput.h"
#include "storage/GoalRepository.h"
#include "storage/PersonRepository.h"

#include <QCoreApplication>

namespace steward {

GoalAddCommand::GoalAddCommand()
    : CliCommand("GoalAddCommand",
                 "goal add",
                 QT_TRANSLATE_NOOP("GoalAddCommand", "Add a goal for a member of a mastermind group."))
{
}

void GoalAddCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("group"),
                      QCoreApplication::translate("GoalAddCommand", "The mastermind group, by name (required)."),
                      QStringLiteral("NAME")});
    parser.addOption(
        {QStringLiteral("community"),
         QCoreApplication::translate("GoalAddCommand", "The group's community, when two groups share a name."),
         QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("person"),
                      QCoreApplication::translate("GoalAddCommand", "The member, by email or exact name (required)."),
                      QStringLiteral("NAME_OR_EMAIL")});
    parser.addOption({QStringLiteral("text"),
                      QCoreApplication::translate("GoalAddCommand", "What the member wants to reach (required)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("target"),
                      QCoreApplication::translate("GoalAddCommand", "The target date."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("status"),
                      QCoreApplication::translate("GoalAddCommand", "on_track (default), at_risk, behind or done."),
                      QStringLiteral("STATUS")});
}

ExitCode GoalAddCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const auto usage = [&context](const QString& message) { return reportError(context, ExitCode::Usage, message); };
    for (const QString& required : {QStringLiteral("group"), QStringLiteral("person"), QStringLiteral("text")}) {
        if (parser.value(required).trimmed().isEmpty())
            return usage(QCoreApplication::translate("GoalAddCommand", "goal add needs --%1").arg(required));
    }
    auto target = GoalCommandInput::date(parser, QStringLiteral("target"));
    if (!target)
        return usage(target.errorString());
    Goal goal;
    goal.text = parser.value(QStringLiteral("text"));
    goal.targetDate = target->value_or(QDate());
    goal.created = context.clock.today();
    if (parser.isSet(QStringLiteral("status"))) {
        const auto status = Goal::statusFromKey(parser.value(QStringLiteral("status")));
        if (!status)
            return usage(QCoreApplication::translate("GoalAddCommand",
                                                     "--status: '%1' is not one of on_track, at_risk, behind, done")
                             .arg(parser.value(QStringLiteral("status"))));
        goal.status = *status;
    }
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto group = GoalCommandInput::group(
        **database, parser.value(QStringLiteral("group")), parser.value(QStringLiteral("community")));
    auto person = PersonRepository(**database).findByNameOrEmail(parser.value(QStringLiteral("person")));
    if (!group || !person)
        return reportError(context, ExitCode::Failure, group ? person.errorString() : group.errorString());
    goal.groupId = group->id;
    goal.personId = person->id;
    auto id = GoalRepository(**database).add(goal);
    if (!id)
        return reportError(context, ExitCode::Failure, id.errorString());
    context.out << QCoreApplication::translate("GoalAddCommand", "Added goal %1 for %2 in %3.")
                       .arg(*id)
                       .arg(person->name, group->name)
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
