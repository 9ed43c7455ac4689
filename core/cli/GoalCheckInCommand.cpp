// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalCheckInCommand.h"

#include "cli/GoalCommandInput.h"
#include "storage/GoalRepository.h"

#include <QCoreApplication>

namespace steward {

GoalCheckInCommand::GoalCheckInCommand()
    : CliCommand("GoalCheckInCommand",
                 "goal checkin",
                 QT_TRANSLATE_NOOP("GoalCheckInCommand",
                                   "Record a member's check-in on a goal at a meeting (again for the same meeting: "
                                   "replaced)."))
{
}

void GoalCheckInCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(
        {QStringLiteral("goal"),
         QCoreApplication::translate("GoalCheckInCommand", "The goal's id, as goal list shows it (required)."),
         QStringLiteral("ID")});
    parser.addOption({QStringLiteral("date"),
                      QCoreApplication::translate("GoalCheckInCommand", "The meeting (default: today)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("progress"),
                      QCoreApplication::translate("GoalCheckInCommand", "Progress in percent, 0 to 100 (required)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("note"),
                      QCoreApplication::translate("GoalCheckInCommand", "What the member said."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("confidential-note"),
                      QCoreApplication::translate(
                          "GoalCheckInCommand", "A note that stays in the app: no export carries it unless asked for."),
                      QStringLiteral("TEXT")});
}

ExitCode GoalCheckInCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const auto usage = [&context](const QString& message) { return reportError(context, ExitCode::Usage, message); };
    bool idOk = false;
    bool progressOk = false;
    const qint64 goalId = parser.value(QStringLiteral("goal")).toLongLong(&idOk);
    const int progress = parser.value(QStringLiteral("progress")).toInt(&progressOk);
    if (!idOk || goalId <= 0)
        return usage(QCoreApplication::translate("GoalCheckInCommand", "goal checkin needs --goal ID (a number)"));
    if (!progressOk)
        return usage(QCoreApplication::translate("GoalCheckInCommand", "goal checkin needs --progress N (0 to 100)"));
    auto date = GoalCommandInput::date(parser, QStringLiteral("date"));
    if (!date)
        return usage(date.errorString());
    const CheckIn checkIn{0,
                          goalId,
                          date->value_or(context.clock.today()),
                          progress,
                          parser.value(QStringLiteral("note")),
                          parser.value(QStringLiteral("confidential-note"))};
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    GoalRepository goals(**database);
    auto goal = goals.find(goalId);
    if (!goal)
        return reportError(context, ExitCode::Failure, goal.errorString());
    if (!goal->has_value())
        return reportError(context,
                           ExitCode::Failure,
                           QCoreApplication::translate("GoalCheckInCommand", "there is no goal %1").arg(goalId));
    auto id = goals.saveCheckIn(checkIn);
    if (!id)
        return reportError(context, ExitCode::Failure, id.errorString());
    context.out << QCoreApplication::translate("GoalCheckInCommand", "%1 checked in on '%2' at %3: %4 %.")
                       .arg((*goal)->personName, (*goal)->text, checkIn.meetingDate.toString(Qt::ISODate))
                       .arg(progress)
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
