// SPDX-License-Identifier: GPL-3.0-or-later
#include "MastermindRemoveCommand.h"

#include "cli/GoalCommandInput.h"
#include "storage/GoalRepository.h"
#include "storage/MastermindRepository.h"

#include <QCoreApplication>

namespace steward {

MastermindRemoveCommand::MastermindRemoveCommand()
    : CliCommand("MastermindRemoveCommand",
                 "mastermind remove",
                 QT_TRANSLATE_NOOP("MastermindRemoveCommand",
                                   "Remove a mastermind group with its members, hot seats, goals and check-ins."),
                 "NAME")
{
}

void MastermindRemoveCommand::configure(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("NAME"),
                                 QCoreApplication::translate("MastermindRemoveCommand", "The name of the group."));
    parser.addOption(
        {QStringLiteral("community"),
         QCoreApplication::translate("MastermindRemoveCommand",
                                     "The group's community, when groups in two communities share the name."),
         QStringLiteral("NAME")});
}

ExitCode MastermindRemoveCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QStringList names = parser.positionalArguments();
    if (names.size() != 1 || names.constFirst().trimmed().isEmpty())
        return reportError(
            context,
            ExitCode::Usage,
            QCoreApplication::translate("MastermindRemoveCommand", "mastermind remove needs exactly one NAME"));
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto group = GoalCommandInput::group(
        **database, names.constFirst().trimmed(), parser.value(QStringLiteral("community")).trimmed());
    if (!group)
        return reportError(context, ExitCode::Failure, group.errorString());
    auto goals = GoalRepository(**database).forGroup(group->id);
    if (!goals)
        return reportError(context, ExitCode::Failure, goals.errorString());
    // One statement: the schema removes members, the hot-seat plan, goals and check-ins with the group.
    if (Status s = MastermindRepository(**database).remove(group->id); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    context.out << QCoreApplication::translate("MastermindRemoveCommand",
                                               "Removed the mastermind group %1 with %n goal(s).",
                                               nullptr,
                                               int(goals->size()))
                       .arg(group->name)
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
