// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportScheduleCommand.h"

#include "cli/ReportCommandOptions.h"
#include "report/RunSheetReport.h"
#include "report/ScheduleReport.h"

#include <QCoreApplication>

namespace steward {

const char* ReportScheduleCommand::wordsOf(Kind kind)
{
    switch (kind) {
    case Kind::HotSeat:
        return "report schedule hot-seat";
    case Kind::MicroTeach:
        return "report schedule micro-teach";
    case Kind::OnCall:
        return "report schedule on-call";
    case Kind::Session:
        break;
    }
    return "report schedule session";
}

const char* ReportScheduleCommand::summaryOf(Kind kind)
{
    switch (kind) {
    case Kind::HotSeat:
        return QT_TRANSLATE_NOOP("ReportScheduleCommand", "A mastermind group's hot-seat rotation, on one page.");
    case Kind::MicroTeach:
        return QT_TRANSLATE_NOOP("ReportScheduleCommand", "A community's micro-teach schedule, on one page.");
    case Kind::OnCall:
        return QT_TRANSLATE_NOOP("ReportScheduleCommand", "A community's on-call rotation, on one page.");
    case Kind::Session:
        break;
    }
    return QT_TRANSLATE_NOOP("ReportScheduleCommand", "A session's run sheet: phases, roles, pairs.");
}

const char* ReportScheduleCommand::syntaxOf(Kind kind)
{
    return kind == Kind::Session ? "ID" : "NAME";
}

ReportScheduleCommand::ReportScheduleCommand(Kind kind)
    : CliCommand("ReportScheduleCommand", wordsOf(kind), summaryOf(kind), syntaxOf(kind))
    , m_kind(kind)
{
}

void ReportScheduleCommand::configure(QCommandLineParser& parser) const
{
    ReportCommandOptions::add(parser, m_kind != Kind::Session);
    if (m_kind == Kind::Session)
        parser.addOption({QStringLiteral("date"),
                          QCoreApplication::translate("ReportScheduleCommand",
                                                      "The occurrence (default: the latest with pairs or attendance)."),
                          QStringLiteral("DATE")});
}

ExitCode ReportScheduleCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    ReportCommandChoice choice;
    if (ExitCode code = ReportCommandOptions::start(parser, context, 1, choice); code != ExitCode::Success)
        return code;
    const QString name = parser.positionalArguments().constFirst();
    bool ok = true;
    const qint64 id = m_kind == Kind::Session ? name.toLongLong(&ok) : 0;
    const QDate day = m_kind == Kind::Session && parser.isSet(QStringLiteral("date"))
                          ? QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate)
                          : QDate();
    if (!ok || (m_kind == Kind::Session && parser.isSet(QStringLiteral("date")) && !day.isValid()))
        return reportError(context,
                           ExitCode::Usage,
                           QCoreApplication::translate("ReportScheduleCommand",
                                                       "report schedule session takes a session id and --date "
                                                       "YYYY-MM-DD"));
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    const Database& db = **database;
    auto content = m_kind == Kind::HotSeat      ? ScheduleReport::hotSeat(db, name, choice.options, context.clock)
                   : m_kind == Kind::MicroTeach ? ScheduleReport::microTeach(db, name, choice.options, context.clock)
                   : m_kind == Kind::OnCall     ? ScheduleReport::onCall(db, name, choice.options, context.clock)
                                                : RunSheetReport::build(db, id, day, choice.options, context.clock);
    if (!content)
        return reportError(context, ExitCode::Failure, content.errorString());
    if (Status s = ReportCommandOptions::write(*content, choice, context); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    return ExitCode::Success;
}

} // namespace steward
