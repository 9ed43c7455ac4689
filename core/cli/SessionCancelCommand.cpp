// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionCancelCommand.h"

#include "cli/SessionCommandInput.h"
#include "storage/SessionRepository.h"

#include <QCoreApplication>

namespace steward {

SessionCancelCommand::SessionCancelCommand()
    : CliCommand(
        "SessionCancelCommand",
        "session cancel",
        QT_TRANSLATE_NOOP("SessionCancelCommand", "Cancel one occurrence of a series (the rest of the series stays)."))
{
}

void SessionCancelCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("session"),
                      QCoreApplication::translate("SessionCancelCommand", "The series, by id."),
                      QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("date"),
         QCoreApplication::translate("SessionCancelCommand", "The occurrence to cancel (the day it falls on)."),
         QStringLiteral("YYYY-MM-DD")});
}

ExitCode SessionCancelCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    SessionCommandInput input(parser, context, name());
    const auto found = input.seriesOccurrence(QCoreApplication::translate(
        "SessionCancelCommand", "session %1 is a one-off: cancel it by deleting it, not one occurrence"));
    if (!found)
        return input.report();
    const auto& [session, occurrence] = *found;
    if (Status s =
            SessionRepository(*input.database()).setException(session.id, RecurrenceException::cancel(occurrence.date));
        !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    context.out << QCoreApplication::translate("SessionCancelCommand", "Cancelled \"%1\" on %2.")
                       .arg(session.title, occurrence.date.toString(Qt::ISODate))
                << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
