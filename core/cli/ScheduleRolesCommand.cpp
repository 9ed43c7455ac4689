// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScheduleRolesCommand.h"

#include "cli/ScheduleCommand.h"
#include "cli/ScheduleCommandOutput.h"
#include "import/CsvWriter.h"
#include "schedule/SessionRoleEdits.h"
#include "schedule/SessionRolePlanner.h"
#include "storage/SessionRoleSeatRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace steward {

namespace {

QByteArray planCsv(const SessionRolePlan& plan, QDate from)
{
    CsvWriter writer;
    writer.addRow({QStringLiteral("date"),
                   QStringLiteral("occurrence"),
                   QStringLiteral("role"),
                   QStringLiteral("person"),
                   QStringLiteral("origin"),
                   QStringLiteral("status")});
    for (qsizetype i = 0; i < plan.request.occurrences.size(); ++i) {
        if (from.isValid() && plan.request.meetings.at(i) < from)
            continue;
        for (SessionRoleSeat::Role role : plan.roles) {
            const auto seat = plan.seat(plan.request.occurrences.at(i), role);
            writer.addRow({plan.request.meetings.at(i).toString(Qt::ISODate),
                           plan.request.occurrences.at(i).toString(Qt::ISODate),
                           SessionRoleSeat::roleKey(role),
                           seat ? plan.displayName(seat->personId) : QString(),
                           seat ? RotationSeat::originKey(seat->origin) : QString(),
                           seat ? RotationSeat::statusKey(seat->status) : QString()});
        }
    }
    return writer.data();
}

QByteArray planText(const SessionRolePlan& plan, QDate from)
{
    QString text;
    for (qsizetype i = 0; i < plan.request.occurrences.size(); ++i) {
        if (from.isValid() && plan.request.meetings.at(i) < from)
            continue;
        QStringList cells;
        for (SessionRoleSeat::Role role : plan.roles) {
            const auto seat = plan.seat(plan.request.occurrences.at(i), role);
            cells << QStringLiteral("%1: %2").arg(
                SessionRoleSeat::roleDisplayName(role),
                seat ? plan.displayName(seat->personId)
                     : QCoreApplication::translate("ScheduleRolesCommand", "(nobody)"));
        }
        text += QStringLiteral("%1  %2\n")
                    .arg(plan.request.meetings.at(i).toString(Qt::ISODate), cells.join(QStringLiteral(", ")));
    }
    QStringList turns;
    const QMap<qint64, int> counts = plan.turns(std::nullopt, from);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        turns << QStringLiteral("%1 %2").arg(plan.displayName(it.key())).arg(it.value());
    turns.sort();
    text += QCoreApplication::translate("ScheduleRolesCommand", "\nTurns: %1\n").arg(turns.join(QStringLiteral(", ")));
    QStringList broken;
    for (const SessionRoleViolation& violation : plan.violations) {
        if (!from.isValid() || violation.date >= from)
            broken << QStringLiteral("  %1 %2: %3\n")
                          .arg(violation.date.toString(Qt::ISODate), violation.rule, violation.reason);
    }
    text += broken.isEmpty()
                ? QCoreApplication::translate("ScheduleRolesCommand", "Every rule holds.\n")
                : QCoreApplication::translate("ScheduleRolesCommand", "Rules not kept:\n") + broken.join(QString());
    return text.toUtf8();
}

Result<QList<SessionRoleSeat::Role>> rolesOption(const QCommandLineParser& parser)
{
    using R = Result<QList<SessionRoleSeat::Role>>;
    if (!parser.isSet(QStringLiteral("roles")))
        return SessionRoleSeat::allRoles();
    QList<SessionRoleSeat::Role> roles;
    for (const QString& part : parser.value(QStringLiteral("roles")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto role = SessionRoleSeat::roleFromKey(part);
        if (!role)
            return R::failure(QCoreApplication::translate("ScheduleRolesCommand",
                                                          "--roles takes facilitator and note-taker, not '%1'")
                                  .arg(part.trimmed()));
        if (!roles.contains(*role))
            roles.append(*role);
    }
    if (roles.isEmpty())
        return R::failure(QCoreApplication::translate("ScheduleRolesCommand", "--roles names no role"));
    return roles;
}

} // namespace

ScheduleRolesCommand::ScheduleRolesCommand()
    : CliCommand("ScheduleRolesCommand",
                 "schedule roles",
                 QT_TRANSLATE_NOOP("ScheduleRolesCommand",
                                   "Rotate a recurring session's facilitator and note-taker through its occurrences."))
{
}

void ScheduleRolesCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("session"),
                      QCoreApplication::translate("ScheduleRolesCommand", "The recurring session, by id (required)."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("from"),
                      QCoreApplication::translate(
                          "ScheduleRolesCommand",
                          "Plan the occurrences from this day on; earlier ones keep what is stored (required)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption(
        {QStringLiteral("meetings"),
         QCoreApplication::translate("ScheduleRolesCommand", "How many occurrences from --from on to plan (required)."),
         QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("roles"),
         QCoreApplication::translate("ScheduleRolesCommand",
                                     "The roles to rotate, comma-separated (default: facilitator,note-taker)."),
         QStringLiteral("ROLE,...")});
    parser.addOption(
        {QStringLiteral("all-members"),
         QCoreApplication::translate("ScheduleRolesCommand",
                                     "Rotate among every current member, not only those at level active and above.")});
    parser.addOption(
        {QStringLiteral("seed"),
         QCoreApplication::translate("ScheduleRolesCommand",
                                     "Seed that breaks ties between people the rules rank equal (default: 0)."),
         QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("save"),
         QCoreApplication::translate(
             "ScheduleRolesCommand",
             "Store the plan (its generated seats from --from on); without it the plan is only printed.")});
    RecordTable::addOutputOptions(parser);
}

Status ScheduleRolesCommand::parseScope(const QCommandLineParser& parser, SessionRoleSource::Scope& scope)
{
    bool ok = false;
    scope.sessionId = parser.value(QStringLiteral("session")).trimmed().toLongLong(&ok);
    if (!ok || scope.sessionId <= 0)
        return Status::failure(
            QCoreApplication::translate("ScheduleRolesCommand", "schedule roles needs --session ID (a session's id)"));
    scope.from = QDate::fromString(parser.value(QStringLiteral("from")).trimmed(), Qt::ISODate);
    if (!scope.from.isValid())
        return Status::failure(
            QCoreApplication::translate("ScheduleRolesCommand", "schedule roles needs --from YYYY-MM-DD, not '%1'")
                .arg(parser.value(QStringLiteral("from"))));
    auto count = ScheduleCommand::countOption(parser, QStringLiteral("meetings"));
    if (!count)
        return Status::failure(count.errorString());
    scope.meetings = *count;
    auto roles = rolesOption(parser);
    if (!roles)
        return Status::failure(roles.errorString());
    scope.roles = *roles;
    scope.allMembers = parser.isSet(QStringLiteral("all-members"));
    if (parser.isSet(QStringLiteral("seed"))) {
        scope.seed = parser.value(QStringLiteral("seed")).trimmed().toULongLong(&ok);
        if (!ok)
            return Status::failure(QCoreApplication::translate("ScheduleRolesCommand",
                                                               "--seed needs a non-negative whole number, not '%1'")
                                       .arg(parser.value(QStringLiteral("seed"))));
    }
    return {};
}

QByteArray ScheduleRolesCommand::output(const SessionRolePlan& plan, RecordTable::Format format, QDate from)
{
    switch (format) {
    case RecordTable::Format::Json:
        return QJsonDocument(plan.toJson(from)).toJson(QJsonDocument::Indented);
    case RecordTable::Format::Csv:
        return planCsv(plan, from);
    case RecordTable::Format::Text:
        break;
    }
    return planText(plan, from);
}

ExitCode ScheduleRolesCommand::judge(const SessionRolePlan& plan, QDate from, CliContext& context)
{
    // As the other schedules: a seat nobody can take makes the plan an error (printed, never stored).
    QList<SessionRoleViolation> unfilled, broken;
    for (const SessionRoleViolation& violation : plan.violations) {
        if (violation.date >= from)
            (violation.rule == QLatin1String("understaffed") ? unfilled : broken).append(violation);
    }
    if (!unfilled.isEmpty())
        return reportError(context,
                           ExitCode::Failure,
                           QCoreApplication::translate("ScheduleRolesCommand",
                                                       "%1 seat(s) cannot be filled, the first on %2: %3 Nothing "
                                                       "was saved.")
                               .arg(unfilled.size())
                               .arg(unfilled.constFirst().date.toString(Qt::ISODate), unfilled.constFirst().reason));
    if (!broken.isEmpty())
        context.err << "steward-cli: "
                    << QCoreApplication::translate("ScheduleRolesCommand",
                                                   "warning: the plan breaks %1 rule(s), the first on %2: %3")
                           .arg(broken.size())
                           .arg(broken.constFirst().date.toString(Qt::ISODate), broken.constFirst().reason)
                    << Qt::endl;
    return ExitCode::Success;
}

ExitCode ScheduleRolesCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    auto format = RecordTable::formatFrom(parser);
    if (!format)
        return reportError(context, ExitCode::Usage, format.errorString());
    SessionRoleSource::Scope scope;
    if (Status s = parseScope(parser, scope); !s)
        return reportError(context, ExitCode::Usage, s.errorString());
    auto database = context.openDatabase();
    if (!database)
        return reportError(context, ExitCode::Failure, database.errorString());
    auto request = SessionRoleSource::request(**database, scope);
    if (!request)
        return reportError(context, ExitCode::Failure, request.errorString());
    auto plan = SessionRolePlanner::plan(*request);
    if (!plan)
        return reportError(context, ExitCode::Failure, plan.errorString());
    if (Status s = ScheduleCommandOutput::write(parser, output(*plan, *format, scope.from), context.out); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    if (const ExitCode verdict = judge(*plan, scope.from, context); verdict != ExitCode::Success)
        return verdict;
    if (!parser.isSet(QStringLiteral("save")))
        return ExitCode::Success;
    const SessionRoleEdit edit = SessionRoleEdits::generate(*plan);
    if (Status s = SessionRoleSeatRepository(**database).replace(edit.before, edit.after); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    if (*format == RecordTable::Format::Text || parser.isSet(QStringLiteral("output")))
        context.out << QCoreApplication::translate("ScheduleRolesCommand",
                                                   "Saved %1 role seat(s) of session %2 from %3 on.")
                           .arg(edit.after.size())
                           .arg(scope.sessionId)
                           .arg(scope.from.toString(Qt::ISODate))
                    << Qt::endl;
    return ExitCode::Success;
}

} // namespace steward
