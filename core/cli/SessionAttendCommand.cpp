// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionAttendCommand.h"

#include "cli/SessionCommandInput.h"
#include "model/SessionAttendance.h"
#include "storage/SessionAttendanceRepository.h"

#include <QCoreApplication>

namespace steward {

SessionAttendCommand::SessionAttendCommand()
    : CliCommand(
        "SessionAttendCommand",
        "session attend",
        QT_TRANSLATE_NOOP("SessionAttendCommand", "Record whether a person attended, was excused or was absent."))
{
}

void SessionAttendCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("session"),
                      QCoreApplication::translate("SessionAttendCommand", "The session, by id."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("person"),
                      QCoreApplication::translate("SessionAttendCommand", "The person, by email or exact name."),
                      QStringLiteral("PERSON")});
    parser.addOption({QStringLiteral("status"),
                      QCoreApplication::translate("SessionAttendCommand", "What happened."),
                      QStringLiteral("attended|excused|absent")});
    parser.addOption(
        {QStringLiteral("date"),
         QCoreApplication::translate("SessionAttendCommand", "The occurrence, for a series (the day it falls on)."),
         QStringLiteral("YYYY-MM-DD")});
}

ExitCode SessionAttendCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    SessionCommandInput input(parser, context, name());
    const QString sessionId = input.required(QStringLiteral("session"));
    const QString who = input.required(QStringLiteral("person"));
    const QString statusKey = input.required(QStringLiteral("status"));
    const QDate date = input.date(QStringLiteral("date"));
    if (input.failed())
        return input.report();
    const auto status = attendanceStatusFromKey(statusKey);
    if (!status)
        return reportError(
            context,
            ExitCode::Usage,
            QCoreApplication::translate("SessionAttendCommand", "unknown status %1: use attended, excused or absent")
                .arg(statusKey));

    const auto session = input.session(sessionId);
    if (input.failed())
        return input.report();
    const auto occurrence = input.occurrence(*session, date);
    const auto person = input.person(who);
    if (input.failed())
        return input.report();

    const SessionAttendance attendance{session->id, occurrence->date, person->id, *status};
    if (Status s = SessionAttendanceRepository(*input.database()).record(attendance); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    context.out << QCoreApplication::translate("SessionAttendCommand", "%1: %2 at \"%3\" on %4.")
                       .arg(person->name,
                            attendanceStatusKey(*status),
                            session->title,
                            occurrence->start.date().toString(Qt::ISODate))
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
