// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleRotations.h"

#include "common/SeededRandom.h"
#include "schedule/RotationEngine.h"
#include "storage/AbsenceRepository.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/MastermindRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/RotationRepository.h"
#include "storage/RotationSource.h"

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
    // Topics for the turns given so far and the next few: the backlog a steward keeps.
    int topic = 0;
    for (const RotationMeeting& meeting : std::as_const(record.meetings)) {
        if (topic >= sample.topics.size() * 3 || meeting.date > state.today.addDays(42))
            break;
        for (qsizetype i = 0; i < meeting.seats.size() && !sample.topics.isEmpty(); ++i) {
            if (!meeting.seats.at(i).isEmpty())
                record.topics.insert({meeting.date, int(i + 1)}, sample.topics.at(topic++ % sample.topics.size()));
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
    const QDate wednesday = state.start.addDays(1);
    const QDate monday = state.start.addDays(-1);
    return {
        {{RotationKind::HotSeat, groups.at(0), state.start, everyWeeks(state.start, 1, kWeeks), 1, 0, 11}, 2, 3, {}},
        {{RotationKind::HotSeat, groups.at(1), state.start, everyWeeks(state.start, 2, kWeeks / 2), 2, 0, 12},
         1,
         2,
         {}},
        {{RotationKind::MicroTeach, microTeachCommunity, wednesday, everyWeeks(wednesday, 1, kWeeks), 1, 0, 13},
         2,
         3,
         microTeachTopics()},
        {{RotationKind::OnCall, onCallCommunity, monday, everyWeeks(monday, 1, kWeeks), 1, 7, 14}, 1, 0, {}},
    };
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
    return state.summary;
}

} // namespace steward
