// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleSessions.h"

#include "common/SeededRandom.h"
#include "schedule/PairingPlanner.h"
#include "schedule/SessionRolePlanner.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/MembershipRepository.h"
#include "storage/SessionAttendanceRepository.h"
#include "storage/SessionPairingRepository.h"
#include "storage/SessionRepository.h"
#include "storage/SessionRoleSeatRepository.h"
#include "storage/SessionRoleSource.h"

#include <QCoreApplication>

namespace steward {

namespace {

// The sample's texts are marked for lupdate here and translated when written.
QString text(const char* marked)
{
    return marked ? QCoreApplication::translate("SampleSessions", marked) : QString();
}

/** A series one community runs through the year. */
struct SeriesPlan
{
    SessionFormat format;
    const char* title;
    Qt::DayOfWeek day;
    int weekOfMonth; // 0: weekly
    int interval;
    QTime time;
    int minutes;
    int count;       // 0: until the end of the sample's year
    int startOffset; // days after the year starts
    bool changed;    // one occurrence moved, one cancelled
    bool confidential;
    const char* agenda;
    const char* notes;
};

/** A one-off session, some days into the year; past ones carry notes and learnings. */
struct OneOffPlan
{
    SessionFormat format;
    const char* title;
    int minutes;
    int offset;
    const char* agenda;
    const char* notes;
    const char* learnings;
};

struct Programme
{
    const char* community; // as SampleCommunity names it
    const char* zone;
    const char* place;
    const char* link;
    QList<SeriesPlan> series;
    QList<OneOffPlan> oneOffs;
};

// Series and one-offs never overlap: one-offs fall on Tuesdays or Fridays at 11:00, away from every series.
QList<Programme> programmes()
{
    using F = SessionFormat;
    return {
        {"Site Reliability Guild",
         "Europe/Berlin",
         QT_TRANSLATE_NOOP("SampleSessions", "Berlin office, room Hopper"),
         "https://meet.example.org/sre-guild",
         {{F::IncidentRetrospective,
           QT_TRANSLATE_NOOP("SampleSessions", "Fortnightly incident retrospective"),
           Qt::Thursday,
           0,
           2,
           QTime(15, 0),
           60,
           0,
           0,
           true,
           false,
           QT_TRANSLATE_NOOP("SampleSessions", "The fortnight's incidents; one of them in depth, blamelessly."),
           nullptr},
          {F::DemoDay,
           QT_TRANSLATE_NOOP("SampleSessions", "Monthly demo day"),
           Qt::Friday,
           1,
           1,
           QTime(16, 0),
           60,
           0,
           0,
           false,
           false,
           QT_TRANSLATE_NOOP("SampleSessions", "Short demos of real work: dashboards, tooling, runbooks."),
           nullptr}},
         {{F::Ama,
           QT_TRANSLATE_NOOP("SampleSessions", "Ask me anything: the new observability stack"),
           45,
           30,
           QT_TRANSLATE_NOOP("SampleSessions", "Questions for the observability team, collected in #sre-guild."),
           QT_TRANSLATE_NOOP("SampleSessions",
                             "Most questions were about sampling and the cost of high-cardinality labels."),
           QT_TRANSLATE_NOOP("SampleSessions",
                             "Tail-based sampling is on by default; ask before adding a label per user.")},
          {F::DecisionWalkthrough,
           QT_TRANSLATE_NOOP("SampleSessions", "Decision walkthrough: moving to multi-region Postgres"),
           60,
           75,
           QT_TRANSLATE_NOOP("SampleSessions", "Why we chose logical replication over a managed global database."),
           QT_TRANSLATE_NOOP("SampleSessions", "The failover drill in March tipped the decision."),
           QT_TRANSLATE_NOOP("SampleSessions", "Write the decision record before the migration, not after it.")},
          {F::ThinkPairShare,
           QT_TRANSLATE_NOOP("SampleSessions", "Think-pair-share: what makes an alert actionable?"),
           30,
           120,
           QT_TRANSLATE_NOOP("SampleSessions", "Bring one alert that woke you up for nothing."),
           QT_TRANSLATE_NOOP("SampleSessions", "Pairs found that half of the noisy alerts had no runbook link."),
           QT_TRANSLATE_NOOP("SampleSessions", "Every paging alert names its runbook and its owner.")},
          {F::DecisionWalkthrough,
           QT_TRANSLATE_NOOP("SampleSessions", "Decision walkthrough: retiring the legacy pager rota"),
           60,
           190,
           QT_TRANSLATE_NOOP("SampleSessions", "How the follow-the-sun rota replaced the weekly pager."),
           QT_TRANSLATE_NOOP("SampleSessions", "The hand-over checklist was the part people valued most."),
           QT_TRANSLATE_NOOP("SampleSessions", "Hand-overs need a written state of the world, every time.")},
          {F::ThinkPairShare,
           QT_TRANSLATE_NOOP("SampleSessions", "Think-pair-share: toil we could automate next"),
           30,
           240,
           QT_TRANSLATE_NOOP("SampleSessions", "List the three most repetitive things you did this month."),
           QT_TRANSLATE_NOOP("SampleSessions", "Certificate renewals and access requests came up in most pairs."),
           QT_TRANSLATE_NOOP("SampleSessions", "Automate what three teams do by hand before what one team does.")},
          {F::PeerReview,
           QT_TRANSLATE_NOOP("SampleSessions", "Peer review: the database failover runbook"),
           45,
           300,
           QT_TRANSLATE_NOOP("SampleSessions", "Review the runbook against the shared template before the next drill."),
           nullptr,
           nullptr}}},
        {"People Analytics Circle",
         "Europe/Lisbon",
         QT_TRANSLATE_NOOP("SampleSessions", "Lisbon office, room Tejo"),
         "https://meet.example.org/people-analytics",
         {{F::CaseRound,
           QT_TRANSLATE_NOOP("SampleSessions", "Monthly case round"),
           Qt::Tuesday,
           2,
           1,
           QTime(14, 0),
           75,
           0,
           0,
           true,
           false,
           QT_TRANSLATE_NOOP("SampleSessions", "One analyst brings a case they are stuck on; the circle advises."),
           nullptr},
          {F::PblCycle,
           QT_TRANSLATE_NOOP("SampleSessions", "PBL cycle: why do new joiners leave in their first year?"),
           Qt::Wednesday,
           0,
           1,
           QTime(10, 0),
           90,
           8,
           40,
           false,
           false,
           QT_TRANSLATE_NOOP("SampleSessions", "A cross-functional group works the first-year attrition problem."),
           QT_TRANSLATE_NOOP("SampleSessions", "Exit interviews and onboarding surveys tell different stories.")},
          {F::PracticeSharing,
           QT_TRANSLATE_NOOP("SampleSessions", "Practice sharing: analysis that changed a decision"),
           Qt::Thursday,
           4,
           1,
           QTime(16, 0),
           60,
           0,
           0,
           false,
           false,
           QT_TRANSLATE_NOOP("SampleSessions", "Two members share an analysis that changed a decision, or failed to."),
           nullptr}},
         {{F::PeerReview,
           QT_TRANSLATE_NOOP("SampleSessions", "Peer review: engagement survey redesign"),
           45,
           20,
           QT_TRANSLATE_NOOP("SampleSessions", "Review the new question set with the survey feedback template."),
           QT_TRANSLATE_NOOP("SampleSessions", "Three double-barrelled questions were split; two were dropped."),
           QT_TRANSLATE_NOOP("SampleSessions", "Pilot new questions with ten people before the full launch.")},
          {F::Ama,
           QT_TRANSLATE_NOOP("SampleSessions", "Ask me anything with the Chief People Officer"),
           45,
           95,
           QT_TRANSLATE_NOOP("SampleSessions", "What leadership wants from people analytics next year."),
           QT_TRANSLATE_NOOP("SampleSessions", "Retention of senior engineers is the question of the year."),
           QT_TRANSLATE_NOOP("SampleSessions", "Bring options with their trade-offs, not a single number.")},
          {F::ThinkPairShare,
           QT_TRANSLATE_NOOP("SampleSessions", "Think-pair-share: the ethics of people data"),
           30,
           150,
           QT_TRANSLATE_NOOP("SampleSessions", "Where is the line between insight and surveillance?"),
           QT_TRANSLATE_NOOP("SampleSessions", "Pairs agreed that consent and aggregation are not enough alone."),
           QT_TRANSLATE_NOOP("SampleSessions", "Ask 'would they expect this?' before every new data source.")},
          {F::PeerReview,
           QT_TRANSLATE_NOOP("SampleSessions", "Peer review: promotion-equity analysis"),
           45,
           215,
           QT_TRANSLATE_NOOP("SampleSessions",
                             "Check the method and the wording before it goes to the leadership team."),
           QT_TRANSLATE_NOOP("SampleSessions", "The control variables needed a second look."),
           QT_TRANSLATE_NOOP("SampleSessions", "Publish the method together with the result.")},
          {F::DecisionWalkthrough,
           QT_TRANSLATE_NOOP("SampleSessions", "Decision walkthrough: choosing an attrition model"),
           60,
           320,
           QT_TRANSLATE_NOOP("SampleSessions", "Why a simple survival model beat the black box."),
           nullptr,
           nullptr}}},
        {"Customer Success Practice",
         "America/Toronto",
         QT_TRANSLATE_NOOP("SampleSessions", "Toronto office, Harbour room"),
         "https://meet.example.org/cs-practice",
         {{F::MicroTeach,
           QT_TRANSLATE_NOOP("SampleSessions", "Micro-teach in the Monday team meeting"),
           Qt::Monday,
           0,
           1,
           QTime(9, 30),
           15,
           0,
           0,
           false,
           false,
           QT_TRANSLATE_NOOP("SampleSessions", "One member teaches a tool, a technique or an insight in ten minutes."),
           nullptr},
          {F::Mastermind,
           QT_TRANSLATE_NOOP("SampleSessions", "Renewals mastermind circle"),
           Qt::Wednesday,
           1,
           3,
           QTime(16, 0),
           90,
           5,
           0,
           false,
           true,
           QT_TRANSLATE_NOOP("SampleSessions", "Check-in on goals, two hot seats, check-out."),
           QT_TRANSLATE_NOOP("SampleSessions",
                             "Hot seat: churn risk at Northwind after the price change; agreed to involve the account "
                             "executive and offer a phased renewal.")},
          {F::PracticeSharing,
           QT_TRANSLATE_NOOP("SampleSessions", "Playbook practice sharing"),
           Qt::Thursday,
           3,
           1,
           QTime(11, 0),
           60,
           0,
           0,
           false,
           false,
           QT_TRANSLATE_NOOP("SampleSessions", "Onboarding, renewal and escalation playbooks: what worked this month."),
           nullptr}},
         {{F::DemoDay,
           QT_TRANSLATE_NOOP("SampleSessions", "Demo day: the new onboarding journey"),
           60,
           60,
           QT_TRANSLATE_NOOP("SampleSessions", "The onboarding team shows the new journey end to end."),
           QT_TRANSLATE_NOOP("SampleSessions", "The welcome call script got the most questions."),
           QT_TRANSLATE_NOOP("SampleSessions", "Show the customer's screen, not ours.")},
          {F::CaseRound,
           QT_TRANSLATE_NOOP("SampleSessions", "Case round: the renewal we nearly lost"),
           75,
           110,
           QT_TRANSLATE_NOOP("SampleSessions",
                             "A renewal that was saved in the last week, told by its account manager."),
           QT_TRANSLATE_NOOP("SampleSessions", "The warning signs were in the support tickets months earlier."),
           QT_TRANSLATE_NOOP("SampleSessions", "Review ticket sentiment in every quarterly business review.")},
          {F::ThinkPairShare,
           QT_TRANSLATE_NOOP("SampleSessions", "Think-pair-share: the first 90 days of a customer"),
           30,
           170,
           QT_TRANSLATE_NOOP("SampleSessions", "What must a new customer have achieved by day 90?"),
           QT_TRANSLATE_NOOP("SampleSessions", "Most pairs named a first report shared with their own boss."),
           QT_TRANSLATE_NOOP("SampleSessions", "Define the day-90 milestone with the customer at kick-off.")},
          {F::PeerReview,
           QT_TRANSLATE_NOOP("SampleSessions", "Peer review: escalation playbook v2"),
           45,
           230,
           QT_TRANSLATE_NOOP("SampleSessions", "Review the playbook with the shared feedback template."),
           QT_TRANSLATE_NOOP("SampleSessions", "The severity table was clear; the hand-over to engineering was not."),
           QT_TRANSLATE_NOOP("SampleSessions", "Every escalation names one owner until it is closed.")},
          {F::Ama,
           QT_TRANSLATE_NOOP("SampleSessions", "Ask me anything: pricing changes with the product lead"),
           45,
           330,
           QT_TRANSLATE_NOOP("SampleSessions", "Questions about next year's pricing, before customers ask them."),
           nullptr,
           nullptr}}},
    };
}

/** Members of one community, by how far in they are. */
struct Cast
{
    QList<qint64> everyone; // current members
    QList<qint64> leads;    // core and stewards: facilitators
    QList<qint64> active;
    QList<qint64> edge; // observers and peripheral members: observer roles, a way in
};

struct Writer
{
    Database& database;
    SeededRandom& random;
    QDate today;
    QDate yearStart;
    QDate yearEnd;
    SessionRepository sessions;
    SessionAttendanceRepository attendance;
    SessionPairingRepository pairings;
    SampleSessionSummary summary;
};

/** A version-4 UUID from the seeded generator, so the same seed gives the same UIDs. */
QString sampleUid(SeededRandom& random)
{
    const quint64 high = (random.next() & ~0xF000ULL) | 0x4000ULL;
    const quint64 low = (random.next() & ~(0xC000ULL << 48)) | (0x8000ULL << 48);
    const QString hex = QStringLiteral("%1%2").arg(high, 16, 16, QLatin1Char('0')).arg(low, 16, 16, QLatin1Char('0'));
    return QStringLiteral("%1-%2-%3-%4-%5")
        .arg(hex.mid(0, 8), hex.mid(8, 4), hex.mid(12, 4), hex.mid(16, 4), hex.mid(20, 12));
}

QDate nextWeekday(QDate from, Qt::DayOfWeek day)
{
    return from.addDays((int(day) - from.dayOfWeek() + 7) % 7);
}

/** The n-th weekday of the month, on or after `from` (moving on a month when it already passed). */
QDate nextNthWeekday(QDate from, Qt::DayOfWeek day, int n)
{
    for (QDate month(from.year(), from.month(), 1);; month = month.addMonths(1)) {
        const QDate date = nextWeekday(month, day).addDays(7 * (n - 1));
        if (date >= from)
            return date;
    }
}

Result<Cast> castOf(Writer& w, qint64 communityId)
{
    auto members = MembershipRepository(w.database).membersOf(communityId);
    if (!members)
        return Result<Cast>::failure(members.errorString());
    Cast cast;
    for (const Member& m : std::as_const(*members)) {
        if (m.membership.left.isValid())
            continue;
        const qint64 id = m.membership.personId;
        cast.everyone << id;
        const ParticipationLevel level = m.membership.level;
        if (level == ParticipationLevel::Core || level == ParticipationLevel::Steward)
            cast.leads << id;
        else if (level == ParticipationLevel::Active)
            cast.active << id;
        else
            cast.edge << id;
    }
    if (cast.leads.isEmpty() || cast.active.isEmpty() || cast.edge.isEmpty())
        return Result<Cast>::failure(
            QCoreApplication::translate("SampleSessions", "Community %1 has no members at some level.")
                .arg(communityId));
    return cast;
}

QList<SessionRoleAssignment> rolesFor(Writer& w, const Cast& cast, SessionFormat format, qint64 facilitator)
{
    QList<SessionRoleAssignment> roles;
    auto add = [&roles, facilitator](qint64 person, SessionRole role) {
        if (person != facilitator)
            roles.append({person, role});
    };
    add(w.random.pick(cast.active), SessionRole::NoteTaker);
    add(w.random.pick(cast.edge), SessionRole::Observer);
    switch (format) {
    case SessionFormat::PblCycle:
    case SessionFormat::Mastermind:
        add(w.random.pick(cast.leads), SessionRole::CoLead);
        break;
    case SessionFormat::ThinkPairShare:
    case SessionFormat::IncidentRetrospective:
        break;
    default:
        add(w.random.pick(cast.active + cast.leads), SessionRole::Presenter);
    }
    return roles;
}

/**
 * The roles stored on a series: an incident retrospective's note-taker rotates (rotateRoles), so its drawn
 * note-taker is left out there - but still comes as a regular, so attendance and the network stay as they were.
 */
QList<SessionRoleAssignment> fixedRoles(SessionFormat format, QList<SessionRoleAssignment> roles)
{
    if (format == SessionFormat::IncidentRetrospective)
        roles.removeIf([](const SessionRoleAssignment& r) { return r.role == SessionRole::NoteTaker; });
    return roles;
}

/** The people who come: the facilitator, the people with roles and some regulars. */
QList<qint64>
regularsFor(Writer& w, const Cast& cast, const Session& session, const QList<SessionRoleAssignment>& roles)
{
    QList<qint64> people{session.facilitatorId};
    for (const SessionRoleAssignment& role : roles) {
        if (!people.contains(role.personId))
            people << role.personId;
    }
    QList<qint64> pool = cast.everyone;
    w.random.shuffle(pool);
    const int wanted = session.format == SessionFormat::Mastermind ? 6 : w.random.between(8, 13);
    for (qint64 id : std::as_const(pool)) {
        if (people.size() >= wanted)
            break;
        if (!people.contains(id))
            people << id;
    }
    return people;
}

/** Mostly attended, some excused, a few absent; the facilitator is always there. */
Status recordAttendance(Writer& w, const Session& session, const QList<qint64>& regulars)
{
    QList<SessionAttendance> records;
    for (const SessionOccurrence& o : session.occurrences()) {
        if (o.date >= w.today)
            break;
        for (qint64 person : regulars) {
            const double draw = w.random.unit();
            const AttendanceStatus status = person == session.facilitatorId || draw < 0.8 ? AttendanceStatus::Attended
                                            : draw < 0.9                                  ? AttendanceStatus::Excused
                                                                                          : AttendanceStatus::Absent;
            records.append({session.id, o.date, person, status});
        }
    }
    w.summary.attendance += int(records.size());
    return w.attendance.recordAll(records);
}

/** Three rounds of pairs among those who came, planned against the community's history and stored. */
Status pairUp(Writer& w, const Session& session, QDate date)
{
    auto came = w.attendance.forOccurrence(session.id, date);
    auto history = w.pairings.history(session.communityId, date);
    auto doNotPair = w.pairings.doNotPair(session.communityId);
    if (!came || !history || !doNotPair)
        return Status::failure(came.errorString() + history.errorString() + doNotPair.errorString());
    PairingRequest request;
    for (const SessionAttendance& a : std::as_const(*came)) {
        if (a.status == AttendanceStatus::Attended)
            request.participants.append({a.personId, QString::number(a.personId), {}});
    }
    if (request.participants.size() < 2)
        return {};
    request.rounds = 3;
    request.history = *history;
    request.doNotPair = *doNotPair;
    request.seed = w.random.next();
    auto plan = PairingPlanner::plan(request);
    if (!plan)
        return Status::failure(plan.errorString());
    if (Status s = w.pairings.save(SessionPairing::fromRounds(session.id, date, plan->rounds)); !s)
        return s;
    ++w.summary.pairedOccurrences;
    // Someone left early: the facilitator marked the last round's first group as not met.
    return w.pairings.setGroupMet(session.id, date, 3, 1, false);
}

/** Think alone, three pair rounds, share: the plan a facilitator makes of the default for three rounds. */
QList<SessionPhase> threeRoundPlan()
{
    return {{text(QT_TRANSLATE_NOOP("SampleSessions", "Think")),
             5,
             text(QT_TRANSLATE_NOOP("SampleSessions", "Alone and in silence: note your own answer."))},
            {text(QT_TRANSLATE_NOOP("SampleSessions", "Pair, round 1")),
             5,
             text(QT_TRANSLATE_NOOP("SampleSessions", "Compare answers with your first partner."))},
            {text(QT_TRANSLATE_NOOP("SampleSessions", "Pair, round 2")),
             5,
             text(QT_TRANSLATE_NOOP("SampleSessions", "A new partner: what did your first pair miss?"))},
            {text(QT_TRANSLATE_NOOP("SampleSessions", "Pair, round 3")),
             5,
             text(QT_TRANSLATE_NOOP("SampleSessions", "A third partner: agree on the best idea so far."))},
            {text(QT_TRANSLATE_NOOP("SampleSessions", "Share")),
             10,
             text(QT_TRANSLATE_NOOP("SampleSessions", "Each pair shares its best idea with the room."))}};
}

Session baseSession(Writer& w, const Programme& p, qint64 communityId, const Cast& cast, SessionFormat format)
{
    Session s;
    s.communityId = communityId;
    s.format = format;
    s.timeZone = QString::fromLatin1(p.zone);
    s.place = text(p.place);
    s.link = QString::fromLatin1(p.link);
    s.facilitatorId = w.random.pick(cast.leads);
    s.uid = sampleUid(w.random);
    return s;
}

/**
 * Nobody meets between Christmas and New Year: those occurrences are cancelled. A changed series also has one
 * past occurrence cancelled and another moved to the next day.
 */
QList<RecurrenceException> changesFor(Writer& w, const Recurrence& series, bool changed)
{
    QList<RecurrenceException> changes;
    QList<QDate> past;
    for (QDate date : series.ruleDates()) {
        if ((date.month() == 12 && date.day() >= 24) || (date.month() == 1 && date.day() == 1))
            changes << RecurrenceException::cancel(date);
        else if (date < w.today)
            past << date;
    }
    if (!changed || past.size() < 4)
        return changes;
    const QDate moved = past.at(past.size() / 3);
    changes << RecurrenceException::cancel(past.at(past.size() * 2 / 3))
            << RecurrenceException::move(moved, moved.addDays(1), series.startTime());
    return changes;
}

/**
 * The rotating facilitator and note-taker of an incident retrospective ("rotating note-takers for incident
 * reviews"): the whole year planned by the rotation engine, the past turns held (done, every seventh skipped).
 * No draw from `random`, so the rest of the sample stays as it was.
 */
Status rotateRoles(Writer& w, const Session& s)
{
    if (s.format != SessionFormat::IncidentRetrospective)
        return {};
    SessionRoleSource::Scope scope;
    scope.sessionId = s.id;
    scope.seed = quint64(s.id);
    auto request = SessionRoleSource::request(w.database, scope);
    if (!request) {
        scope.allMembers = true; // a community with too few active members rotates among everyone
        request = SessionRoleSource::request(w.database, scope);
    }
    if (!request)
        return Status::failure(request.errorString());
    auto plan = SessionRolePlanner::plan(*request);
    if (!plan)
        return Status::failure(plan.errorString());
    QList<SessionRoleSeat> seats = plan->seats();
    for (qsizetype i = 0; i < seats.size(); ++i) {
        SessionRoleSeat& seat = seats[i];
        if (request->meetings.at(request->indexOfOccurrence(seat.date)) >= w.today)
            continue;
        seat.origin = RotationSeat::Origin::Held;
        seat.status = i % 7 == 3 ? RotationSeat::Status::Skipped : RotationSeat::Status::Done;
    }
    return SessionRoleSeatRepository(w.database).replace({}, seats);
}

Status addSeries(Writer& w, const Programme& p, qint64 communityId, const Cast& cast, const SeriesPlan& plan)
{
    Session s = baseSession(w, p, communityId, cast, plan.format);
    s.title = text(plan.title);
    s.minutes = plan.minutes;
    s.agenda = text(plan.agenda);
    s.notes = text(plan.notes);
    s.confidential = plan.confidential;
    const QDate from = w.yearStart.addDays(plan.startOffset);
    const QDate first =
        plan.weekOfMonth == 0 ? nextWeekday(from, plan.day) : nextNthWeekday(from, plan.day, plan.weekOfMonth);
    RecurrenceRule rule = plan.weekOfMonth == 0 ? RecurrenceRule::weekly(plan.interval)
                                                : RecurrenceRule::monthly(plan.weekOfMonth, plan.interval);
    if (plan.count > 0)
        rule.setCount(plan.count);
    else
        rule.setUntil(w.yearEnd);
    const QTimeZone zone(QByteArray(p.zone));
    s.start = Recurrence::wallClock(first, plan.time, zone).toUTC();
    s.repeat = rule;
    auto series = s.recurrence();
    if (!series)
        return Status::failure(series.errorString());
    s.exceptions = changesFor(w, *series, plan.changed);
    const QList<SessionRoleAssignment> roles = rolesFor(w, cast, s.format, s.facilitatorId);
    auto id = w.sessions.add(s, fixedRoles(s.format, roles));
    if (!id)
        return Status::failure(id.errorString());
    s.id = *id;
    ++w.summary.sessions;
    ++w.summary.series;
    if (Status r = rotateRoles(w, s); !r)
        return r;
    return recordAttendance(w, s, regularsFor(w, cast, s, roles));
}

Status addOneOff(Writer& w, const Programme& p, qint64 communityId, const Cast& cast, const OneOffPlan& plan)
{
    Session s = baseSession(w, p, communityId, cast, plan.format);
    s.title = text(plan.title);
    s.minutes = plan.minutes;
    s.agenda = text(plan.agenda);
    QDate day = w.yearStart.addDays(plan.offset + w.random.between(0, 6));
    while (day.dayOfWeek() != Qt::Tuesday && day.dayOfWeek() != Qt::Friday)
        day = day.addDays(1);
    s.start = Recurrence::wallClock(day, QTime(11, 0), QTimeZone(QByteArray(p.zone))).toUTC();
    if (day < w.today) {
        s.notes = text(plan.notes);
        s.learnings = text(plan.learnings);
    }
    const QList<SessionRoleAssignment> roles = rolesFor(w, cast, s.format, s.facilitatorId);
    auto id = w.sessions.add(s, roles);
    if (!id)
        return Status::failure(id.errorString());
    s.id = *id;
    ++w.summary.sessions;
    if (Status a = recordAttendance(w, s, regularsFor(w, cast, s, roles)); !a)
        return a;
    if (s.format != SessionFormat::ThinkPairShare)
        return {};
    if (Status phases = w.sessions.setPhases(s.id, threeRoundPlan()); !phases)
        return phases;
    return day < w.today ? pairUp(w, s, day) : Status();
}

} // namespace

Result<SampleSessionSummary> SampleSessions::create(Database& database, SeededRandom& random, QDate today)
{
    using R = Result<SampleSessionSummary>;
    Writer w{database,
             random,
             today,
             today.addDays(-273),
             today.addDays(91),
             SessionRepository(database),
             SessionAttendanceRepository(database),
             SessionPairingRepository(database),
             {}};
    CommunityRepository communities(database);
    for (const Programme& programme : programmes()) {
        auto community = communities.findByName(QString::fromLatin1(programme.community));
        if (!community)
            return R::failure(community.errorString());
        if (!community->has_value())
            continue; // the sample changed; its sessions follow the communities that exist
        const qint64 communityId = (*community)->id;
        auto cast = castOf(w, communityId);
        if (!cast)
            return R::failure(cast.errorString());
        // A private wish of the community: two people who should not be paired.
        const QList<qint64> wish = cast->active.size() >= 2 ? cast->active : cast->everyone;
        if (Status s = w.pairings.addDoNotPair(communityId, wish.at(0), wish.at(1)); !s)
            return R::failure(s.errorString());
        for (const SeriesPlan& plan : programme.series) {
            if (Status s = addSeries(w, programme, communityId, *cast, plan); !s)
                return R::failure(s.errorString());
        }
        for (const OneOffPlan& plan : programme.oneOffs) {
            if (Status s = addOneOff(w, programme, communityId, *cast, plan); !s)
                return R::failure(s.errorString());
        }
    }
    return w.summary;
}

} // namespace steward
