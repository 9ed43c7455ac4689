// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleRotations.h"

#include "common/SeededRandom.h"
#include "schedule/RotationEngine.h"
#include "storage/AbsenceRepository.h"
#include "storage/CheckIn.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/GoalRepository.h"
#include "storage/MastermindRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/OptOutRepository.h"
#include "storage/RotationRepository.h"
#include "storage/RotationSource.h"
#include "storage/RotationWorkbench.h"
#include "storage/TopicRepository.h"

#include <QCoreApplication>
#include <QSet>

namespace steward {

namespace {

constexpr int kWeeksBack = 34; // the sample's series started this many weeks before today
constexpr int kWeeks = 52;     // and run for a year

/** What one rotation of the sample is: whose, which meetings, how many seats, what happens to its past. */
struct SampleSeries
{
    RotationSeries series;
    int swaps = 0;
    int skips = 0;
    QStringList topics;
};

struct SampleState
{
    Database& database;
    SeededRandom& random;
    QDate today;
    QDate start; // the first meeting: a Tuesday kWeeksBack weeks ago
    SampleRotationSummary summary;
};

Result<Community> communityNamed(const QList<Community>& communities, const QString& name, qsizetype fallback)
{
    for (const Community& c : communities) {
        if (c.name == name)
            return c;
    }
    if (communities.isEmpty())
        return Result<Community>::failure(
            QCoreApplication::translate("SampleRotations", "the sample has no communities to add rotations to."));
    return communities.at(fallback % communities.size());
}

QList<qint64> currentMembers(const Database& database, qint64 communityId)
{
    QList<qint64> ids;
    auto members = MembershipRepository(database).membersOf(communityId);
    if (!members)
        return ids;
    for (const Member& m : std::as_const(*members)) {
        if (m.membership.left.isNull())
            ids.append(m.membership.personId);
    }
    return ids;
}

Result<qint64> addGroup(SampleState& state,
                        const Community& community,
                        const QString& name,
                        const QString& cadence,
                        const QString& rules,
                        int size)
{
    QList<qint64> candidates = currentMembers(state.database, community.id);
    state.random.shuffle(candidates);
    MastermindGroup group;
    group.communityId = community.id;
    group.name = name;
    group.cadence = cadence;
    group.groundRules = rules;
    for (qsizetype i = 0; i < std::min<qsizetype>(size, candidates.size()); ++i)
        group.members.append({candidates.at(i), {}, state.start.addDays(-state.random.between(7, 60))});
    auto id = MastermindRepository(state.database).add(group);
    if (id)
        ++state.summary.groups;
    return id;
}

/** A few absences: one or two per group member chosen, a week or two each, spread over the year. */
Status addAbsences(SampleState& state, const QList<qint64>& people, int count)
{
    const QStringList notes = {QCoreApplication::translate("SampleRotations", "Vacation"),
                               QCoreApplication::translate("SampleRotations", "Conference"),
                               QCoreApplication::translate("SampleRotations", "Parental leave"),
                               QCoreApplication::translate("SampleRotations", "Offsite"),
                               QCoreApplication::translate("SampleRotations", "Sick leave")};
    QList<qint64> chosen = people;
    state.random.shuffle(chosen);
    AbsenceRepository repository(state.database);
    for (int i = 0; i < std::min<int>(count, int(chosen.size())); ++i) {
        Absence absence;
        absence.personId = chosen.at(i);
        absence.from = state.start.addDays(state.random.between(0, 7 * kWeeks - 21));
        absence.to = absence.from.addDays(state.random.between(2, 13));
        absence.note = state.random.pick(notes);
        if (auto id = repository.add(absence); !id)
            return Status::failure(id.errorString());
        ++state.summary.absences;
    }
    return {};
}

QList<QDate> everyWeeks(QDate first, int weeks, int count)
{
    QList<QDate> dates;
    for (int i = 0; i < count; ++i)
        dates.append(first.addDays(qint64(7) * weeks * i));
    return dates;
}

/**
 * Hand swaps between two past meetings up to six weeks apart, each kept only when it breaks no rule:
 * candidates in a seeded order, so a tightly balanced plan still finds the swaps it can take.
 */
RotationPlan withSwaps(SampleState& state, RotationPlan plan, int swaps)
{
    qsizetype past = 0;
    while (past < plan.meetings.size() && plan.meetings.at(past).date < state.today)
        ++past;
    QList<std::pair<RotationSeatRef, RotationSeatRef>> candidates;
    for (qsizetype meeting = 0; meeting < past; ++meeting) {
        for (qsizetype later = meeting + 1; later < std::min(past, meeting + 7); ++later) {
            for (qsizetype seat = 0; seat < plan.meetings.at(meeting).seats.size(); ++seat) {
                for (qsizetype other = 0; other < plan.meetings.at(later).seats.size(); ++other)
                    candidates.append({{meeting, seat}, {later, other}});
            }
        }
    }
    state.random.shuffle(candidates);
    int done = 0;
    for (const auto& [first, second] : std::as_const(candidates)) {
        if (done == swaps)
            break;
        if (plan.seatAt(first)->status != RotationSeat::Status::Planned
            || plan.seatAt(second)->status != RotationSeat::Status::Planned)
            continue;
        auto edit = RotationEngine::swapSeats(plan, first, second);
        if (edit && edit->plan.violations.isEmpty()) {
            plan = edit->plan;
            ++done;
        }
    }
    return plan;
}

/** Everything before today happened: held turns, done unless skipped (a few) or swapped by hand. */
void markThePast(SampleState& state, RotationPlan& plan, int skips)
{
    QList<RotationSeat*> past;
    for (RotationMeeting& meeting : plan.meetings) {
        for (RotationSeat& seat : meeting.seats) {
            if (meeting.date >= state.today || seat.isEmpty())
                continue;
            seat.origin = RotationSeat::Origin::Held;
            if (seat.status == RotationSeat::Status::Planned) {
                seat.status = RotationSeat::Status::Done;
                past.append(&seat);
            }
        }
    }
    for (int i = 0; i < skips && !past.isEmpty(); ++i)
        past.takeAt(state.random.bounded(int(past.size())))->status = RotationSeat::Status::Skipped;
}

Status addRotation(SampleState& state, const SampleSeries& sample)
{
    RotationSource source(state.database);
    auto draft = source.draft(sample.series);
    if (!draft)
        return Status::failure(draft.errorString());
    auto plan = RotationEngine::generate(draft->request);
    if (!plan)
        return Status::failure(plan.errorString());
    RotationPlan edited = withSwaps(state, *plan, sample.swaps);
    markThePast(state, edited, sample.skips);
    RotationRecord record =
        RotationSource::record(edited, sample.series, *draft, QDateTime(state.today, QTime(9, 0), Qt::UTC));
    // The time of day the calendar shows, as the groups' cadences say (weekly circle 16:00, fortnightly
    // 10:00); on-call hands over on Monday morning; micro-teach has none of its own and takes the time
    // of the team meeting it opens.
    if (record.kind == RotationKind::HotSeat) {
        record.startTime = record.seatsPerMeeting > 1 ? QTime(10, 0) : QTime(16, 0);
        record.minutes = 90;
    } else if (record.kind == RotationKind::OnCall) {
        record.startTime = QTime(8, 0);
    }
    // Topics for the turns given so far and the next few: the backlog a steward keeps.
    int topic = 0;
    for (const RotationMeeting& meeting : std::as_const(record.meetings)) {
        if (topic >= sample.topics.size() * 3 || meeting.date > state.today.addDays(42))
            break;
        for (qsizetype i = 0; i < meeting.seats.size() && !sample.topics.isEmpty(); ++i) {
            if (!meeting.seats.at(i).isEmpty()) {
                record.topics.insert({meeting.date, int(i + 1)}, sample.topics.at(topic++ % sample.topics.size()));
                if (meeting.date < state.today)
                    record.artefacts.insert({meeting.date, int(i + 1)},
                                            QStringLiteral("https://wiki.example.org/micro-teach/%1").arg(topic));
            }
        }
    }
    auto id = RotationRepository(state.database).save(record);
    if (!id)
        return Status::failure(id.errorString());
    ++state.summary.plans;
    for (const RotationMeeting& meeting : std::as_const(record.meetings))
        state.summary.seats += int(meeting.seats.size());
    return {};
}

QStringList microTeachTopics()
{
    return {QCoreApplication::translate("SampleRotations", "Renewal conversations that start early"),
            QCoreApplication::translate("SampleRotations", "Writing an escalation summary engineers read"),
            QCoreApplication::translate("SampleRotations", "The three support macros worth keeping"),
            QCoreApplication::translate("SampleRotations", "An onboarding checklist for the first 30 days"),
            QCoreApplication::translate("SampleRotations", "What health scores miss"),
            QCoreApplication::translate("SampleRotations", "Handling a churn-risk call"),
            QCoreApplication::translate("SampleRotations", "A quarterly business review deck in 20 minutes"),
            QCoreApplication::translate("SampleRotations", "Saying no to a feature request, kindly"),
            QCoreApplication::translate("SampleRotations", "Reading product analytics as a CSM"),
            QCoreApplication::translate("SampleRotations", "De-escalation phrases that work"),
            QCoreApplication::translate("SampleRotations", "Documenting a workaround so it survives"),
            QCoreApplication::translate("SampleRotations", "Running a customer roundtable")};
}

/** The two mastermind groups (weekly and fortnightly), and a couple of absences among each one's members. */
Result<QList<qint64>> addGroups(SampleState& state, const Community& sre, const Community& analytics)
{
    using R = Result<QList<qint64>>;
    auto incident = addGroup(
        state,
        sre,
        QCoreApplication::translate("SampleRotations", "Incident Commanders Circle"),
        QCoreApplication::translate("SampleRotations", "Weekly, Tuesdays 16:00"),
        QCoreApplication::translate("SampleRotations",
                                    "Come with a real challenge. Advice, not judgement. What is said here stays here."),
        state.random.between(5, 7));
    auto leads =
        addGroup(state,
                 analytics,
                 QCoreApplication::translate("SampleRotations", "Analytics Leads Mastermind"),
                 QCoreApplication::translate("SampleRotations", "Fortnightly, Tuesdays 10:00"),
                 QCoreApplication::translate(
                     "SampleRotations", "Check in on last time's goal first. One challenge each. No individual data."),
                 state.random.between(5, 7));
    if (!incident || !leads)
        return R::failure(incident.errorString() + leads.errorString());
    for (const qint64 groupId : {*incident, *leads}) {
        auto group = MastermindRepository(state.database).find(groupId);
        if (!group || !group->has_value())
            return R::failure(group.errorString());
        QList<qint64> members;
        for (const MastermindMember& member : std::as_const((*group)->members))
            members.append(member.personId);
        if (Status s = addAbsences(state, members, 2); !s)
            return R::failure(s.errorString());
    }
    return QList<qint64>{*incident, *leads};
}

/** A year of each: weekly hot seats, fortnightly hot seats (two a meeting), weekly micro-teach, weekly on-call. */
QList<SampleSeries>
sampleSeries(const SampleState& state, const QList<qint64>& groups, qint64 microTeachCommunity, qint64 onCallCommunity)
{
    const QDate monday = state.start.addDays(-1);
    return {
        {{RotationKind::HotSeat, groups.at(0), state.start, everyWeeks(state.start, 1, kWeeks), 1, 0, 11}, 2, 3, {}},
        {{RotationKind::HotSeat, groups.at(1), state.start, everyWeeks(state.start, 2, kWeeks / 2), 2, 0, 12},
         1,
         2,
         {}},
        // Micro-teach opens the community's Monday team meeting, whose time the calendar takes.
        {{RotationKind::MicroTeach, microTeachCommunity, monday, everyWeeks(monday, 1, kWeeks), 1, 0, 13},
         2,
         3,
         microTeachTopics()},
        {{RotationKind::OnCall, onCallCommunity, monday, everyWeeks(monday, 1, kWeeks), 1, 7, 14, 240}, 1, 0, {}},
    };
}

QStringList goalTexts()
{
    return {
        QCoreApplication::translate("SampleRotations", "Run a blameless review within a week of every major incident"),
        QCoreApplication::translate("SampleRotations", "Hand over the on-call runbook to the new team"),
        QCoreApplication::translate("SampleRotations", "Get the paging noise down to two alerts a night"),
        QCoreApplication::translate("SampleRotations", "Publish the quarterly retention analysis"),
        QCoreApplication::translate("SampleRotations", "Coach a junior analyst through their first model"),
        QCoreApplication::translate("SampleRotations", "Agree on one definition of an active user"),
        QCoreApplication::translate("SampleRotations", "Say no to one meeting a week"),
        QCoreApplication::translate("SampleRotations", "Write the capacity plan for next year")};
}

QStringList checkInNotes()
{
    return {QCoreApplication::translate("SampleRotations", "Small step: drafted the outline."),
            QCoreApplication::translate("SampleRotations", "Blocked on another team, asked the group for ideas."),
            QCoreApplication::translate("SampleRotations", "Tried the suggestion from last time; it helped."),
            QCoreApplication::translate("SampleRotations", "Shared a first version for feedback."),
            QCoreApplication::translate("SampleRotations", "Quiet week, no progress."),
            QCoreApplication::translate("SampleRotations", "Booked the time in my calendar this time.")};
}

/** What members say in the room and nowhere else: the sample's confidential notes. */
QStringList confidentialNotes()
{
    return {QCoreApplication::translate("SampleRotations", "Considering a move to another team; not public yet."),
            QCoreApplication::translate("SampleRotations", "Friction with my manager about priorities."),
            QCoreApplication::translate("SampleRotations", "Burnt out after the outage weekend."),
            QCoreApplication::translate("SampleRotations", "Salary talk coming up, nervous about it.")};
}

/** The group's held meetings (before today), from its stored hot-seat plan. */
QList<QDate> heldMeetings(const SampleState& state, qint64 groupId)
{
    QList<QDate> dates;
    auto plan = RotationRepository(state.database).findFor(RotationKind::HotSeat, groupId);
    if (plan && plan->has_value()) {
        for (const RotationMeeting& meeting : (*plan)->meetings) {
            if (meeting.date < state.today)
                dates.append(meeting.date);
        }
    }
    return dates;
}

/** Check-ins at the held meetings since the goal was set; a quiet member skips the last four. */
Result<int> addCheckIns(SampleState& state, SeededRandom& random, Goal& goal, const QList<QDate>& held, bool quiet)
{
    GoalRepository goals(state.database);
    int progress = 0;
    for (qsizetype i = 0; i < held.size(); ++i) {
        const QDate date = held.at(i);
        if (date < goal.created || (quiet && i >= held.size() - 4) || random.unit() > 0.85)
            continue;
        progress = std::min(100, progress + random.between(1, 5));
        CheckIn checkIn{0, goal.id, date, progress, random.pick(checkInNotes()), {}};
        if (random.unit() < 0.3)
            checkIn.confidentialNote = random.pick(confidentialNotes());
        if (auto id = goals.saveCheckIn(checkIn); !id)
            return Result<int>::failure(id.errorString());
        if (progress == 100)
            break;
    }
    return progress;
}

/** One or two goals per member of a group, with a year of check-ins; statuses follow the progress. */
Status addGoals(SampleState& state, SeededRandom& random, qint64 groupId)
{
    auto group = MastermindRepository(state.database).find(groupId);
    if (!group || !group->has_value())
        return Status::failure(group.errorString());
    const QList<QDate> held = heldMeetings(state, groupId);
    if (held.isEmpty())
        return {};
    const QList<MastermindMember> members = (*group)->members;
    const int quiet = random.bounded(int(members.size()));
    GoalRepository goals(state.database);
    for (qsizetype m = 0; m < members.size(); ++m) {
        for (int g = 0; g < 1 + int(m % 2); ++g) {
            Goal goal;
            goal.groupId = groupId;
            goal.personId = members.at(m).personId;
            goal.text = random.pick(goalTexts());
            goal.created = g == 0 ? held.constFirst() : held.at(held.size() / 2);
            goal.targetDate = goal.created.addDays(random.between(120, 330));
            auto id = goals.add(goal);
            if (!id)
                return Status::failure(id.errorString());
            goal.id = *id;
            auto progress = addCheckIns(state, random, goal, held, m == quiet);
            if (!progress)
                return Status::failure(progress.errorString());
            goal.status = *progress == 100                ? Goal::Status::Done
                          : goal.targetDate < state.today ? Goal::Status::Behind
                          : random.unit() < 0.25          ? Goal::Status::AtRisk
                                                          : Goal::Status::OnTrack;
            if (Status s = goals.update(goal); !s)
                return s;
        }
    }
    return {};
}

/** Plans a stored rotation again from its next meeting on, as the GUI's Regenerate does. */
Status replanFuture(SampleState& state, RotationKind kind, qint64 ownerId)
{
    RotationWorkbench workbench(state.database);
    auto stored = workbench.stored(kind, ownerId);
    if (!stored || !stored->has_value())
        return Status::failure(stored.errorString());
    auto next = workbench.regenerated(kind,
                                      ownerId,
                                      RotationWorkbench::continuing(**stored, state.today),
                                      QDateTime(state.today, QTime(9, 0), Qt::UTC));
    if (!next)
        return Status::failure(next.errorString());
    auto id = RotationRepository(state.database).save(*next);
    return id ? Status() : Status::failure(id.errorString());
}

/** The micro-teach backlog: the topics taught so far (done, with their artefact) and new suggestions. */
Status addTopicBacklog(SampleState& state, SeededRandom& random, qint64 communityId)
{
    const QList<qint64> members = currentMembers(state.database, communityId);
    if (members.isEmpty())
        return {};
    const QStringList taught = microTeachTopics();
    const QStringList suggested = {
        QCoreApplication::translate("SampleRotations", "Mapping a customer's org chart in one call"),
        QCoreApplication::translate("SampleRotations", "When to pull in a solutions engineer"),
        QCoreApplication::translate("SampleRotations", "Five questions for a kickoff call"),
        QCoreApplication::translate("SampleRotations", "Reading a support ticket backlog for churn signals"),
        QCoreApplication::translate("SampleRotations", "Templates for a renewal email that gets answered")};
    TopicRepository topics(state.database);
    for (qsizetype i = 0; i < taught.size() + suggested.size(); ++i) {
        const bool old = i < taught.size();
        Topic topic;
        topic.communityId = communityId;
        topic.title = old ? taught.at(i) : suggested.at(i - taught.size());
        topic.suggestedBy = random.pick(members);
        topic.proposedPresenter = random.unit() < 0.6 ? random.pick(members) : 0;
        topic.status = old ? (i < taught.size() - 3 ? Topic::Status::Done : Topic::Status::Planned)
                           : (i == taught.size() ? Topic::Status::Dropped : Topic::Status::Backlog);
        if (topic.status == Topic::Status::Done)
            topic.artefact = QStringLiteral("https://wiki.example.org/micro-teach/%1").arg(i + 1);
        topic.created = state.start.addDays(7 * i);
        if (auto id = topics.add(topic); !id)
            return Status::failure(id.errorString());
    }
    // One person steps back from teaching: they keep the turns they held, the future is planned again without them.
    const OptOut optOut{0, random.pick(members), {}, QStringLiteral("micro-teach"), communityId, state.today, {}};
    if (auto id = OptOutRepository(state.database).add(optOut); !id)
        return Status::failure(id.errorString());
    return replanFuture(state, RotationKind::MicroTeach, communityId);
}

} // namespace

Result<SampleRotationSummary> SampleRotations::create(Database& database, SeededRandom& random, QDate today)
{
    using R = Result<SampleRotationSummary>;
    auto communities = CommunityRepository(database).all();
    if (!communities)
        return R::failure(communities.errorString());
    const QDate back = today.addDays(-7 * kWeeksBack);
    SampleState state{database, random, today, back.addDays((Qt::Tuesday - back.dayOfWeek() + 7) % 7), {}};

    auto sre = communityNamed(*communities, QStringLiteral("Site Reliability Guild"), 0);
    auto analytics = communityNamed(*communities, QStringLiteral("People Analytics Circle"), 1);
    auto success = communityNamed(*communities, QStringLiteral("Customer Success Practice"), 2);
    if (!sre || !analytics || !success)
        return R::failure(sre.errorString() + analytics.errorString() + success.errorString());
    auto groups = addGroups(state, *sre, *analytics);
    if (!groups)
        return R::failure(groups.errorString());
    if (Status s = addAbsences(state, currentMembers(database, success->id), 3); !s)
        return R::failure(s.errorString());
    if (Status s = addAbsences(state, currentMembers(database, sre->id), 3); !s)
        return R::failure(s.errorString());
    for (const SampleSeries& sample : sampleSeries(state, *groups, success->id, sre->id)) {
        if (Status s = addRotation(state, sample); !s)
            return R::failure(s.errorString());
    }
    // Goals and topics draw from their own stream, so the rotations (and the steps after them) stay as they were.
    SeededRandom accountability(0x5ce5a1u ^ quint64(today.toJulianDay()));
    for (const qint64 groupId : std::as_const(*groups)) {
        if (Status s = addGoals(state, accountability, groupId); !s)
            return R::failure(s.errorString());
    }
    if (Status s = addTopicBacklog(state, accountability, success->id); !s)
        return R::failure(s.errorString());
    return state.summary;
}

} // namespace steward
