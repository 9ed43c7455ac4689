// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportIcsCommand.h"

#include "cli/SessionCommandInput.h"
#include "schedule/IcsWriter.h"
#include "storage/CommunityRepository.h"
#include "storage/MastermindRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RotationCalendar.h"
#include "storage/RotationRepository.h"
#include "storage/RotationSource.h"
#include "storage/SessionAttendanceRepository.h"
#include "storage/SessionRepository.h"

#include <QCoreApplication>
#include <QHash>

#include <limits>

namespace steward {

namespace {

/** Agenda, then notes and learnings; the writer leaves the whole description out of confidential sessions. */
QString descriptionOf(const Session& session)
{
    QStringList parts;
    if (!session.agenda.trimmed().isEmpty())
        parts << session.agenda.trimmed();
    // Belt and braces: confidential notes never even reach the writer.
    if (!session.confidential) {
        if (!session.notes.trimmed().isEmpty())
            parts << QCoreApplication::translate("ExportIcsCommand", "Notes: %1").arg(session.notes.trimmed());
        if (!session.learnings.trimmed().isEmpty())
            parts << QCoreApplication::translate("ExportIcsCommand", "Learnings: %1").arg(session.learnings.trimmed());
    }
    return parts.join(QStringLiteral("\n\n"));
}

/** The people a session involves beside its facilitator: roles first, then anyone with recorded attendance. */
Result<QList<qint64>> attendeesOf(const Database& database, const Session& session)
{
    QList<qint64> ids;
    auto roles = SessionRepository(database).roles(session.id);
    auto attendance = SessionAttendanceRepository(database).forSession(session.id);
    if (!roles || !attendance)
        return Result<QList<qint64>>::failure(roles.errorString() + attendance.errorString());
    for (const SessionRoleAssignment& role : std::as_const(*roles))
        ids << role.personId;
    for (const SessionAttendance& a : std::as_const(*attendance))
        ids << a.personId;
    QList<qint64> unique;
    for (qint64 id : std::as_const(ids)) {
        if (id != session.facilitatorId && !unique.contains(id))
            unique << id;
    }
    return unique;
}

Result<IcsEvent> eventOf(const Database& database, const Session& session, const QHash<qint64, Person>& people)
{
    IcsEvent event;
    event.uid = session.uid;
    event.summary = session.title;
    event.description = descriptionOf(session);
    event.location = session.place;
    event.url = QUrl(session.link, QUrl::StrictMode);
    event.confidential = session.confidential;
    event.sequence = session.sequence;
    if (session.isSeries()) {
        auto series = session.recurrence();
        if (!series)
            return Result<IcsEvent>::failure(series.errorString());
        event.series = *series;
    } else {
        event.start = session.start;
        event.minutes = session.minutes;
    }
    if (const auto it = people.constFind(session.facilitatorId); it != people.constEnd())
        event.organizer = {it->name, it->email};
    auto attendees = attendeesOf(database, session);
    if (!attendees)
        return Result<IcsEvent>::failure(attendees.errorString());
    for (qint64 id : std::as_const(*attendees)) {
        if (const auto it = people.constFind(id); it != people.constEnd())
            event.attendees.append({it->name, it->email});
    }
    return event;
}

/** Whose the rotation is, for the summaries, and whether its group keeps its notes confidential. */
Result<std::pair<QString, bool>> ownerOf(const Database& database, const RotationRecord& record)
{
    using R = Result<std::pair<QString, bool>>;
    if (record.kind == RotationKind::HotSeat) {
        auto group = MastermindRepository(database).find(record.mastermindGroupId);
        if (!group || !group->has_value())
            return R::failure(group.errorString());
        return R({(*group)->name, (*group)->confidential});
    }
    auto community = CommunityRepository(database).find(record.communityId);
    if (!community || !community->has_value())
        return R::failure(community.errorString());
    return R({(*community)->name, false});
}

} // namespace

ExportIcsCommand::ExportIcsCommand()
    : CliCommand("ExportIcsCommand",
                 "export ics",
                 QT_TRANSLATE_NOOP("ExportIcsCommand", "Export a community's sessions (or one) as an iCalendar file."))
{
}

void ExportIcsCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("community"),
                      QCoreApplication::translate("ExportIcsCommand", "The community, by name."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("session"),
                      QCoreApplication::translate("ExportIcsCommand", "Only this session (a series with its changes)."),
                      QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("plan"),
         QCoreApplication::translate("ExportIcsCommand",
                                     "Export this stored rotation instead (hot seats, micro-teach, on-call; "
                                     "ids as schedule list shows them)."),
         QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("timezone"),
         QCoreApplication::translate("ExportIcsCommand",
                                     "The zone single sessions are written in (default: the system's; series keep "
                                     "their own)."),
         QStringLiteral("IANA")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QCoreApplication::translate("ExportIcsCommand", "Write to FILE.ics instead of standard output."),
                      QStringLiteral("FILE.ics")});
}

ExitCode ExportIcsCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    if (parser.isSet(QStringLiteral("plan")))
        return runPlan(parser, context);
    SessionCommandInput input(parser, context, name());
    const QString communityName = input.required(QStringLiteral("community"));
    const QTimeZone zone = input.timeZone();
    if (input.failed())
        return input.report();
    const auto community = input.community(communityName);
    std::optional<Session> only;
    if (!input.failed() && parser.isSet(QStringLiteral("session"))) {
        only = input.session(parser.value(QStringLiteral("session")));
        if (only && only->communityId != community->id)
            input.fail(QCoreApplication::translate("ExportIcsCommand", "session %1 is not in %2")
                           .arg(only->id)
                           .arg(community->name));
    }
    if (input.failed())
        return input.report();
    const Database& database = *input.database();

    QList<Session> sessions;
    if (only) {
        sessions << *only;
    } else {
        auto all = SessionRepository(database).forCommunity(community->id);
        if (!all)
            return reportError(context, ExitCode::Failure, all.errorString());
        sessions = *all;
    }
    if (sessions.isEmpty())
        return reportError(
            context,
            ExitCode::Failure,
            QCoreApplication::translate("ExportIcsCommand", "%1 has no sessions to export").arg(community->name));
    auto people = PersonRepository(database).all();
    if (!people)
        return reportError(context, ExitCode::Failure, people.errorString());
    QHash<qint64, Person> byId;
    for (const Person& p : std::as_const(*people))
        byId.insert(p.id, p);
    QList<IcsEvent> events;
    for (const Session& session : std::as_const(sessions)) {
        auto event = eventOf(database, session, byId);
        if (!event)
            return reportError(context, ExitCode::Failure, event.errorString());
        events << *event;
    }
    IcsWriter writer(context.clock);
    writer.setTimeZone(zone);
    writer.setCalendarName(community->name);
    auto bytes = writer.write(events);
    if (!bytes)
        return reportError(context, ExitCode::Failure, bytes.errorString());
    if (Status s = SessionCommandInput::write(parser, *bytes, context.out); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    return ExitCode::Success;
}

ExitCode ExportIcsCommand::runPlan(const QCommandLineParser& parser, CliContext& context) const
{
    SessionCommandInput input(parser, context, name());
    const qint64 planId = input.number(QStringLiteral("plan"), 1, std::numeric_limits<qint64>::max(), 0);
    const QTimeZone zone = input.timeZone();
    if (input.failed())
        return input.report();
    Database* opened = input.database();
    if (!opened)
        return input.report();
    const Database& database = *opened;
    auto record = RotationRepository(database).find(planId);
    if (!record)
        return reportError(context, ExitCode::Failure, record.errorString());
    if (!record->has_value())
        return reportError(
            context,
            ExitCode::Failure,
            QCoreApplication::translate("ExportIcsCommand", "there is no stored rotation %1").arg(planId));
    auto plan = RotationSource(database).storedPlan(**record);
    auto owner = ownerOf(database, **record);
    auto people = PersonRepository(database).all();
    if (!plan || !owner || !people)
        return reportError(context, ExitCode::Failure, plan.errorString() + owner.errorString() + people.errorString());
    QHash<qint64, IcsPerson> byId;
    for (const Person& p : std::as_const(*people))
        byId.insert(p.id, {p.name, p.email});
    IcsWriter writer(context.clock);
    writer.setTimeZone(zone);
    writer.setCalendarName(owner->first);
    auto attached = RotationCalendar::attachedTimes(database, **record);
    if (!attached)
        return reportError(context, ExitCode::Failure, attached.errorString());
    auto bytes =
        writer.write(RotationCalendar::events(**record, *plan, owner->first, owner->second, byId, zone, *attached));
    if (!bytes)
        return reportError(context, ExitCode::Failure, bytes.errorString());
    if (Status s = SessionCommandInput::write(parser, *bytes, context.out); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    return ExitCode::Success;
}

} // namespace steward
