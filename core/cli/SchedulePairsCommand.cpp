// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchedulePairsCommand.h"

#include "cli/RecordTable.h"
#include "cli/SessionCommandInput.h"
#include "schedule/PairingPlanner.h"
#include "storage/PersonRepository.h"
#include "storage/SessionAttendanceRepository.h"
#include "storage/SessionPairingRepository.h"
#include "storage/SessionRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>

namespace steward {

namespace {

QByteArray planText(const PairingPlan& plan, RecordTable::Format format)
{
    if (format == RecordTable::Format::Json)
        return plan.toJson() + '\n';
    if (format == RecordTable::Format::Csv) {
        RecordTable table({QStringLiteral("round"), QStringLiteral("group"), QStringLiteral("person")});
        for (qsizetype r = 0; r < plan.rounds.size(); ++r) {
            for (qsizetype g = 0; g < plan.rounds.at(r).size(); ++g) {
                for (qint64 id : plan.rounds.at(r).at(g))
                    table.addRow({qint64(r + 1), qint64(g + 1), plan.nameOf(id)});
            }
        }
        return table.toCsv();
    }
    QString text;
    for (qsizetype r = 0; r < plan.rounds.size(); ++r) {
        QStringList groups;
        for (const auto& group : plan.rounds.at(r)) {
            QStringList names;
            for (qint64 id : group)
                names << plan.nameOf(id);
            groups << names.join(QStringLiteral(" + "));
        }
        text += QCoreApplication::translate("SchedulePairsCommand", "Round %1: %2\n")
                    .arg(r + 1)
                    .arg(groups.join(QStringLiteral("  |  ")));
    }
    text += QCoreApplication::translate("SchedulePairsCommand", "Repeated pairs: %1\n").arg(plan.repeats);
    if (plan.historyRepeats > 0)
        text += QCoreApplication::translate("SchedulePairsCommand", "Pairs who met in earlier sessions: %1\n")
                    .arg(plan.historyRepeats);
    for (const QString& note : plan.notes)
        text += note + QLatin1Char('\n');
    return text.toUtf8();
}

/** The people of an occurrence: who attended it, or else the facilitator and the people with roles. */
QList<qint64> sessionPeople(const Database& database, const Session& session, QDate date, QString& error)
{
    QList<qint64> ids;
    auto attendance = SessionAttendanceRepository(database).forOccurrence(session.id, date);
    if (!attendance) {
        error = attendance.errorString();
        return ids;
    }
    for (const SessionAttendance& a : std::as_const(*attendance)) {
        if (a.status == AttendanceStatus::Attended)
            ids << a.personId;
    }
    if (!ids.isEmpty())
        return ids;
    if (session.facilitatorId > 0)
        ids << session.facilitatorId;
    auto roles = SessionRepository(database).roles(session.id);
    if (!roles) {
        error = roles.errorString();
        return ids;
    }
    for (const SessionRoleAssignment& role : std::as_const(*roles)) {
        if (!ids.contains(role.personId))
            ids << role.personId;
    }
    return ids;
}

/** Which session (and occurrence) the pairs are for, if any, and whose history counts. */
struct Target
{
    qint64 communityId = 0;
    std::optional<Session> session;
    std::optional<SessionOccurrence> occurrence;
};

/** The --participants names after the checks that need no database. */
QStringList readNames(const QCommandLineParser& parser, SessionCommandInput& input)
{
    const bool fromSession = parser.isSet(QStringLiteral("session"));
    const bool listed = parser.isSet(QStringLiteral("participants"));
    if (!fromSession && !listed)
        input.usage(QCoreApplication::translate("SchedulePairsCommand",
                                                "schedule pairs needs --participants A,B,... or --session ID"));
    if (!fromSession)
        input.required(QStringLiteral("community"));
    if (parser.isSet(QStringLiteral("save")) && !fromSession)
        input.usage(QCoreApplication::translate("SchedulePairsCommand", "--save needs --session"));
    QStringList names;
    for (const QString& part : parser.value(QStringLiteral("participants")).split(QLatin1Char(','))) {
        if (!part.trimmed().isEmpty())
            names << part.trimmed();
    }
    if (listed && names.size() < 2)
        input.usage(
            QCoreApplication::translate("SchedulePairsCommand", "pairing needs at least two participants (got %1)")
                .arg(names.size()));
    return names;
}

Target readTarget(const QCommandLineParser& parser, SessionCommandInput& input, QDate date)
{
    Target target;
    std::optional<Community> community;
    if (parser.isSet(QStringLiteral("community")))
        community = input.community(parser.value(QStringLiteral("community")).trimmed());
    if (parser.isSet(QStringLiteral("session")) && !input.failed()) {
        target.session = input.session(parser.value(QStringLiteral("session")));
        if (target.session)
            target.occurrence = input.occurrence(*target.session, date);
        if (target.session && community && target.session->communityId != community->id)
            input.fail(QCoreApplication::translate("SchedulePairsCommand", "session %1 is not in %2")
                           .arg(target.session->id)
                           .arg(community->name));
    }
    if (!input.failed())
        target.communityId = target.session ? target.session->communityId : community->id;
    return target;
}

/** The participants with their names and teams, the community's history before `before` and its wishes. */
Status completeRequest(
    PairingRequest& request, const Database& database, const QList<qint64>& ids, qint64 communityId, QDate before)
{
    auto people = PersonRepository(database).all();
    if (!people)
        return Status::failure(people.errorString());
    QHash<qint64, Person> byId;
    for (const Person& p : std::as_const(*people))
        byId.insert(p.id, p);
    for (qint64 id : ids)
        request.participants.append({id, byId.value(id).name, byId.value(id).team});
    SessionPairingRepository pairings(database);
    auto history = pairings.history(communityId, before);
    auto doNotPair = pairings.doNotPair(communityId);
    if (!history || !doNotPair)
        return Status::failure(history.errorString() + doNotPair.errorString());
    request.history = *history;
    request.doNotPair = *doNotPair;
    return {};
}

} // namespace

SchedulePairsCommand::SchedulePairsCommand()
    : CliCommand("SchedulePairsCommand",
                 "schedule pairs",
                 QT_TRANSLATE_NOOP("SchedulePairsCommand",
                                   "Plan pairs or small groups for a session's rounds, avoiding repeats."))
{
}

void SchedulePairsCommand::configure(QCommandLineParser& parser) const
{
    parser.addOption(
        {QStringLiteral("community"),
         QCoreApplication::translate("SchedulePairsCommand", "The community whose earlier pairings count, by name."),
         QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("participants"),
                      QCoreApplication::translate("SchedulePairsCommand",
                                                  "The people to pair, by email or exact name, separated by commas."),
                      QStringLiteral("A,B,C,...")});
    parser.addOption({QStringLiteral("session"),
                      QCoreApplication::translate("SchedulePairsCommand",
                                                  "Pair for this session: its attendees, or else its roles."),
                      QStringLiteral("ID")});
    parser.addOption({QStringLiteral("date"),
                      QCoreApplication::translate("SchedulePairsCommand", "The occurrence, for a series."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("rounds"),
                      QCoreApplication::translate("SchedulePairsCommand", "How many rounds."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("group-size"),
                      QCoreApplication::translate("SchedulePairsCommand", "2 for pairs (default), 3 or 4 for groups."),
                      QStringLiteral("2..4")});
    parser.addOption({QStringLiteral("mix-teams"),
                      QCoreApplication::translate("SchedulePairsCommand",
                                                  "Prefer putting people of different teams "
                                                  "together.")});
    parser.addOption({QStringLiteral("seed"),
                      QCoreApplication::translate("SchedulePairsCommand", "Seed (same seed, same plan; default 0)."),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("save"),
         QCoreApplication::translate("SchedulePairsCommand", "Store the rounds with the session (needs --session).")});
    RecordTable::addOutputOptions(parser);
}

ExitCode SchedulePairsCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    SessionCommandInput input(parser, context, name());
    input.required(QStringLiteral("rounds"));
    PairingRequest request;
    request.rounds = int(input.number(QStringLiteral("rounds"), 1, PairingPlanner::kMaxRounds, 1));
    request.groupSize = int(input.number(QStringLiteral("group-size"), 2, 4, 2));
    request.seed = quint64(input.number(QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(), 0));
    request.preferMixingTeams = parser.isSet(QStringLiteral("mix-teams"));
    const QDate date = input.date(QStringLiteral("date"));
    auto format = RecordTable::formatFrom(parser);
    if (!format)
        input.usage(format.errorString());
    const QStringList names = readNames(parser, input);
    if (input.failed())
        return input.report();

    const Target target = readTarget(parser, input, date);
    QList<qint64> ids;
    for (const QString& key : names) {
        if (const auto person = input.person(key)) {
            if (ids.contains(person->id))
                input.usage(
                    QCoreApplication::translate("SchedulePairsCommand", "%1 is listed twice").arg(person->name));
            ids << person->id;
        }
    }
    if (input.failed())
        return input.report();
    const Database& database = *input.database();
    if (names.isEmpty()) {
        QString error;
        ids = sessionPeople(database, *target.session, target.occurrence->date, error);
        if (!error.isEmpty())
            return reportError(context, ExitCode::Failure, error);
        if (ids.size() < 2)
            return reportError(context,
                               ExitCode::Failure,
                               QCoreApplication::translate("SchedulePairsCommand",
                                                           "session %1 has %2 participants on %3: pairing needs at "
                                                           "least two (record attendance or give --participants)")
                                   .arg(target.session->id)
                                   .arg(ids.size())
                                   .arg(target.occurrence->date.toString(Qt::ISODate)));
    }
    // Earlier pairings count: before this occurrence, or up to today when planning without a session.
    const QDate before = target.occurrence ? target.occurrence->date : context.clock.today().addDays(1);
    if (Status s = completeRequest(request, database, ids, target.communityId, before); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    auto plan = PairingPlanner::plan(request);
    if (!plan)
        return reportError(context, ExitCode::Failure, plan.errorString());

    // Stored and printed together: when the output cannot be written, nothing is stored either.
    Transaction transaction(database.connection());
    if (parser.isSet(QStringLiteral("save"))) {
        const auto pairing = SessionPairing::fromRounds(target.session->id, target.occurrence->date, plan->rounds);
        if (Status s = SessionPairingRepository(database).save(pairing); !s)
            return reportError(context, ExitCode::Failure, s.errorString());
    }
    if (Status s = SessionCommandInput::write(parser, planText(*plan, *format), context.out); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    if (Status s = transaction.commit(); !s)
        return reportError(context, ExitCode::Failure, s.errorString());
    return ExitCode::Success;
}

} // namespace steward
