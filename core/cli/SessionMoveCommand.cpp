// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionMoveCommand.h"

#include "cli/SessionCommandInput.h"
#include "storage/SessionRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace steward {

SessionMoveCommand::SessionMoveCommand()
    : CliCommand("SessionMoveCommand",
                 "session move",
                 QT_TRANSLATE_NOOP("SessionMoveCommand", "Move one occurrence of a series to another day and time."))
{
}

void SessionMoveCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("session"),
                      QCoreApplication::translate("SessionMoveCommand", "The series, by id."),
                      QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("date"),
         QCoreApplication::translate("SessionMoveCommand", "The occurrence to move (the day it falls on)."),
         QStringLiteral("YYYY-MM-DD")});
    parser.addOption(
        {QStringLiteral("to"),
         QCoreApplication::translate("SessionMoveCommand", "The new start, on the clock of the session's time zone."),
         QStringLiteral("YYYY-MM-DDTHH:MM")});
    parser.addOption(
        {QStringLiteral("minutes"),
         QCoreApplication::translate("SessionMoveCommand", "A new length for this occurrence (default: the series')."),
         QStringLiteral("N")});
}

ExitCode SessionMoveCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    SessionCommandInput input(parser, context, name());
    const auto found = input.seriesOccurrence(QCoreApplication::translate(
        "SessionMoveCommand", "session %1 is a one-off: only occurrences of a series move"));
    const QString toText = input.required(QStringLiteral("to"));
    const int minutes = int(input.number(QStringLiteral("minutes"), 1, 24 * 60, 0));
    static const QRegularExpression shape(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$)"));
    const QDateTime to = QDateTime::fromString(toText, QStringLiteral("yyyy-MM-dd'T'HH:mm"));
    if (!input.failed() && (!shape.match(toText).hasMatch() || !to.isValid()))
        input.usage(QCoreApplication::translate("SessionMoveCommand",
                                                "--to %1 is not a time in the form "
                                                "YYYY-MM-DDTHH:MM")
                        .arg(toText));
    if (!found || input.failed())
        return input.report();
    const auto& [session, occurrence] = *found;
    const RecurrenceException move =
        RecurrenceException::move(occurrence.date, to.date(), to.time(), minutes == session.minutes ? 0 : minutes);
    if (Status s = SessionRepository(*input.database()).setException(session.id, move); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    const auto moved = SessionRepository(*input.database()).find(session.id)->value().occurrenceOn(occurrence.date);
    context.out << QCoreApplication::translate("SessionMoveCommand", "Moved \"%1\" of %2 to %3.")
                       .arg(session.title,
                            occurrence.date.toString(Qt::ISODate),
                            moved ? SessionCommandInput::isoLocal(moved->start) : toText)
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
