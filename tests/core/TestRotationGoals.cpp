// SPDX-License-Identifier: GPL-3.0-or-later
// Schema 5: mastermind goals and check-ins, goal accountability (streaks, flags) with hand-computed
// cases, opt-outs, the micro-teach topic backlog; bad input writes nothing.
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/GoalAccountability.h"
#include "storage/GoalRepository.h"
#include "storage/MastermindRepository.h"
#include "storage/OptOutRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RotationRepository.h"
#include "storage/SqlQuery.h"
#include "storage/TopicRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

/** The n-th weekly meeting, Mondays from 2030-01-07. */
QDate week(int n)
{
    return QDate(2030, 1, 7).addDays(7 * n);
}

QList<QDate> weeks(int count)
{
    QList<QDate> dates;
    for (int i = 0; i < count; ++i)
        dates.append(week(i));
    return dates;
}

Goal goal(qint64 id, qint64 person, QDate created, QDate target = {}, Goal::Status status = Goal::Status::OnTrack)
{
    Goal g;
    g.id = id;
    g.groupId = 1;
    g.personId = person;
    g.text = u"goal %1"_s.arg(id);
    g.created = created;
    g.targetDate = target;
    g.status = status;
    return g;
}

CheckIn checkIn(qint64 goalId, QDate date, int progress = 10)
{
    return CheckIn{0, goalId, date, progress, {}, {}};
}

qint64 countRows(const Database& db, const QString& table)
{
    auto query = runQuery(db.connection(), u"SELECT count(*) FROM %1"_s.arg(table));
    return query && query->next() ? query->value(0).toLongLong() : -1;
}

} // namespace

class TestRotationGoals : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void flagsNoCheckInForThreeMeetings();
    void flagsPastTargetButNeverDone();
    void streakCountsBackFromLastMeeting();
    void checkInsMarkMeetingsHeld();
    void goalsAndCheckInsRoundTrip();
    void badGoalsWriteNothing();
    void optOutsByKindAndCommunity();
    void topicBacklog();
    void responseTargetAndArtefactsStored();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QList<qint64> m_people;
    qint64 m_community = 0;
    qint64 m_other = 0;
    qint64 m_group = 0;
};

void TestRotationGoals::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = Database::open(m_dir->filePath(u"goals.steward"_s));
    QVERIFY2(opened, qPrintable(opened.errorString()));
    m_db = std::move(*opened);
    PersonRepository persons(*m_db);
    m_people.clear();
    for (const QString& name : {u"Ada"_s, u"Ben"_s, u"Cai"_s, u"Dee"_s, u"Eve"_s}) {
        Person p;
        p.name = name;
        m_people.append(*persons.add(p));
    }
    CommunityRepository communities(*m_db);
    m_community = *communities.add(Community{0, u"Guild"_s, {}, {}, {}, {}, {}});
    m_other = *communities.add(Community{0, u"Other"_s, {}, {}, {}, {}, {}});
    MastermindGroup group;
    group.name = u"Circle"_s;
    group.communityId = m_community;
    for (int i = 0; i < 4; ++i)
        group.members.append({m_people.at(i), {}, {}});
    auto added = MastermindRepository(*m_db).add(group);
    QVERIFY2(added, qPrintable(added.errorString()));
    m_group = *added;
}

void TestRotationGoals::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestRotationGoals::flagsNoCheckInForThreeMeetings()
{
    // Meetings weeks 0..5, today = week 5 (held: 6). Goal 1 checked in at week 2: held since = weeks 3, 4, 5 = 3.
    // Goal 2 checked in at week 3: weeks 4, 5 = 2. Goal 3 set at week 4, never checked in: weeks 4, 5 = 2.
    // Goal 4 set at week 0, never checked in: 6 meetings.
    const QList<Goal> goals = {goal(1, 1, week(0)), goal(2, 1, week(0)), goal(3, 2, week(4)), goal(4, 2, week(0))};
    const GoalAccountability accountability(
        weeks(10), goals, {checkIn(1, week(1)), checkIn(1, week(2), 40), checkIn(2, week(3))}, week(5));
    const auto reviews = accountability.reviews();
    QCOMPARE(reviews.size(), 4);
    QCOMPARE(reviews.at(0).meetingsWithoutCheckIn, 3);
    QVERIFY(reviews.at(0).noRecentCheckIn);
    QCOMPARE(reviews.at(0).lastCheckIn, week(2));
    QCOMPARE(reviews.at(0).lastProgress, 40);
    QCOMPARE(reviews.at(1).meetingsWithoutCheckIn, 2);
    QVERIFY(!reviews.at(1).noRecentCheckIn);
    QCOMPARE(reviews.at(2).meetingsWithoutCheckIn, 2);
    QVERIFY(!reviews.at(2).flagged());
    QCOMPARE(reviews.at(3).meetingsWithoutCheckIn, 6);
    QVERIFY(reviews.at(3).noRecentCheckIn);
    QVERIFY(!reviews.at(3).lastCheckIn.isValid());
}

void TestRotationGoals::flagsPastTargetButNeverDone()
{
    const QList<Goal> goals = {goal(1, 1, week(0), week(2)),
                               goal(2, 1, week(0), week(3)),
                               goal(3, 1, week(0), week(1), Goal::Status::Done),
                               goal(4, 1, week(0), week(4))};
    // No meetings at all: only the date flags.
    const GoalAccountability accountability({}, goals, {}, week(3));
    const auto reviews = accountability.reviews();
    QVERIFY(reviews.at(0).pastTarget);  // target before today
    QVERIFY(!reviews.at(1).pastTarget); // target today: not past yet
    QVERIFY(!reviews.at(2).pastTarget); // done goals are never flagged
    QVERIFY(!reviews.at(2).noRecentCheckIn);
    QVERIFY(!reviews.at(3).pastTarget);
    QCOMPARE(reviews.at(0).meetingsWithoutCheckIn, 0);
}

void TestRotationGoals::streakCountsBackFromLastMeeting()
{
    // Ada (1) checks in at weeks 1, 3, 4, 5 (on either goal); Ben (2) at 0..4 but not 5; Cai (3) never.
    const QList<Goal> goals = {goal(1, 1, week(0)), goal(2, 1, week(0)), goal(3, 2, week(0)), goal(4, 3, week(0))};
    QList<CheckIn> checkIns = {checkIn(1, week(1)), checkIn(2, week(3)), checkIn(1, week(4)), checkIn(2, week(5))};
    for (int i = 0; i <= 4; ++i)
        checkIns.append(checkIn(3, week(i)));
    checkIns.append(checkIn(1, week(7))); // after today: not counted
    const GoalAccountability accountability(weeks(8), goals, checkIns, week(5));
    QCOMPARE(accountability.streak(1), 3); // weeks 5, 4, 3; week 2 had none
    QCOMPARE(accountability.streak(2), 0); // missed the last meeting
    QCOMPARE(accountability.streak(3), 0);
    QCOMPARE(accountability.streak(99), 0);
    QCOMPARE(accountability.heldMeetings().size(), 6);
}

void TestRotationGoals::checkInsMarkMeetingsHeld()
{
    // A check-in on a day the plan does not list (a moved meeting) counts as a meeting held.
    const QList<Goal> goals = {goal(1, 1, week(0)), goal(2, 2, week(0))};
    const QDate moved = week(1).addDays(2);
    const GoalAccountability accountability(
        {week(0), week(2)}, goals, {checkIn(1, moved), checkIn(1, week(2))}, week(2));
    QCOMPARE(accountability.heldMeetings(), (QList<QDate>{week(0), moved, week(2)}));
    QCOMPARE(accountability.streak(1), 2);
    QCOMPARE(accountability.review(goals.at(1)).meetingsWithoutCheckIn, 3);
    QVERIFY(accountability.review(goals.at(1)).noRecentCheckIn);
}

void TestRotationGoals::goalsAndCheckInsRoundTrip()
{
    GoalRepository goals(*m_db);
    Goal g = goal(0, m_people.at(1), QDate(2030, 1, 1), QDate(2030, 6, 30), Goal::Status::AtRisk);
    g.groupId = m_group;
    g.text = u"  Ship the onboarding guide  "_s;
    auto id = goals.add(g);
    QVERIFY2(id, qPrintable(id.errorString()));
    auto found = goals.find(*id);
    QVERIFY(found && found->has_value());
    QCOMPARE((*found)->text, u"Ship the onboarding guide"_s);
    QCOMPARE((*found)->personName, u"Ben"_s);
    QCOMPARE((*found)->status, Goal::Status::AtRisk);
    QCOMPARE((*found)->targetDate, QDate(2030, 6, 30));

    auto first = goals.saveCheckIn({0, *id, week(0), 20, u"draft outline"_s, u"worried about my manager"_s});
    QVERIFY2(first, qPrintable(first.errorString()));
    // The same meeting again replaces the check-in rather than adding a second.
    auto again = goals.saveCheckIn({0, *id, week(0), 35, u"outline done"_s, {}});
    QVERIFY2(again, qPrintable(again.errorString()));
    QCOMPARE(*again, *first);
    QVERIFY(goals.saveCheckIn({0, *id, week(1), 50, {}, {}}));
    auto checkIns = goals.checkInsForGroup(m_group);
    QVERIFY(checkIns);
    QCOMPARE(checkIns->size(), 2);
    QCOMPARE(checkIns->at(0).progress, 35);
    QCOMPARE(checkIns->at(0).note, u"outline done"_s);
    QVERIFY(checkIns->at(0).confidentialNote.isEmpty());

    // Removing the goal takes its check-ins along.
    QVERIFY(goals.remove(*id));
    QCOMPARE(countRows(*m_db, u"goal_checkin"_s), 0);
}

void TestRotationGoals::badGoalsWriteNothing()
{
    GoalRepository goals(*m_db);
    Goal outsider = goal(0, m_people.at(4), QDate(2030, 1, 1)); // Eve is not in the circle
    outsider.groupId = m_group;
    auto refused = goals.add(outsider);
    QVERIFY(!refused);
    QVERIFY2(refused.errorString().contains(u"not a member"_s), qPrintable(refused.errorString()));
    Goal empty = goal(0, m_people.at(0), QDate(2030, 1, 1));
    empty.groupId = m_group;
    empty.text = u"   "_s;
    QVERIFY(!goals.add(empty));
    Goal backwards = goal(0, m_people.at(0), QDate(2030, 1, 1), QDate(2029, 1, 1));
    backwards.groupId = m_group;
    auto backwardsResult = goals.add(backwards);
    QVERIFY(!backwardsResult);
    QVERIFY(backwardsResult.errorString().contains(u"2029-01-01"_s));
    QCOMPARE(countRows(*m_db, u"mastermind_goal"_s), 0);

    Goal fine = goal(0, m_people.at(0), QDate(2030, 1, 1));
    fine.groupId = m_group;
    const qint64 id = *goals.add(fine);
    auto tooMuch = goals.saveCheckIn({0, id, week(0), 120, {}, {}});
    QVERIFY(!tooMuch);
    QVERIFY(tooMuch.errorString().contains(u"120"_s));
    QVERIFY(!goals.saveCheckIn({0, id, QDate(), 10, {}, {}}));
    QVERIFY(!goals.saveCheckIn({0, id + 100, week(0), 10, {}, {}})); // no such goal: the foreign key refuses
    QCOMPARE(countRows(*m_db, u"goal_checkin"_s), 0);
}

void TestRotationGoals::optOutsByKindAndCommunity()
{
    OptOutRepository optOuts(*m_db);
    QVERIFY(optOuts.add({0, m_people.at(0), {}, u"micro-teach"_s, m_community, {}, {}}));
    QVERIFY(optOuts.add({0, m_people.at(1), {}, u"micro-teach"_s, 0, {}, u"parental leave"_s}));
    QVERIFY(optOuts.add({0, m_people.at(2), {}, u"on-call"_s, m_other, {}, {}}));
    auto twice = optOuts.add({0, m_people.at(0), {}, u"micro-teach"_s, m_community, {}, {}});
    QVERIFY(!twice);
    QVERIFY2(twice.errorString().contains(u"already"_s), qPrintable(twice.errorString()));
    auto unknown = optOuts.add({0, m_people.at(0), {}, u"lunch"_s, 0, {}, {}});
    QVERIFY(!unknown);
    QVERIFY(unknown.errorString().contains(u"lunch"_s));

    QCOMPARE(*optOuts.optedOut(u"micro-teach"_s, m_community), (QList<qint64>{m_people.at(0), m_people.at(1)}));
    QCOMPARE(*optOuts.optedOut(u"micro-teach"_s, m_other), (QList<qint64>{m_people.at(1)}));
    QCOMPARE(*optOuts.optedOut(u"on-call"_s, m_community), QList<qint64>{});
    QCOMPARE(*optOuts.optedOut(u"on-call"_s, m_other), (QList<qint64>{m_people.at(2)}));
    auto all = optOuts.all();
    QVERIFY(all);
    QCOMPARE(all->size(), 3);
    QVERIFY(optOuts.remove(all->constFirst().id));
    QCOMPARE(countRows(*m_db, u"rotation_opt_out"_s), 2);
}

void TestRotationGoals::topicBacklog()
{
    TopicRepository topics(*m_db);
    Topic t;
    t.communityId = m_community;
    t.title = u"Reading flame graphs"_s;
    t.suggestedBy = m_people.at(0);
    t.proposedPresenter = m_people.at(2);
    t.created = QDate(2030, 1, 2);
    auto id = topics.add(t);
    QVERIFY2(id, qPrintable(id.errorString()));
    Topic done = t;
    done.title = u"Git bisect"_s;
    done.status = Topic::Status::Done;
    done.artefact = u"https://wiki.example.org/bisect"_s;
    done.created = QDate(2029, 12, 1);
    QVERIFY(topics.add(done));
    auto twice = topics.add(t);
    QVERIFY(!twice);
    QVERIFY2(twice.errorString().contains(u"already"_s), qPrintable(twice.errorString()));

    auto list = topics.forCommunity(m_community);
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).title, u"Reading flame graphs"_s); // open topics first, though newer
    QCOMPARE(list->at(0).suggestedByName, u"Ada"_s);
    QCOMPARE(list->at(0).proposedPresenterName, u"Cai"_s);
    QCOMPARE(list->at(1).artefact, u"https://wiki.example.org/bisect"_s);

    Topic planned = list->at(0);
    planned.status = Topic::Status::Planned;
    QVERIFY(topics.update(planned));
    QCOMPARE((*topics.find(*id))->status, Topic::Status::Planned);
    // Deleting the presenter keeps the topic, open.
    QVERIFY(PersonRepository(*m_db).remove(m_people.at(2)));
    QCOMPARE((*topics.find(*id))->proposedPresenter, 0);
    QVERIFY(!topics.add(Topic{}));
    QCOMPARE(countRows(*m_db, u"micro_teach_topic"_s), 2);
}

void TestRotationGoals::responseTargetAndArtefactsStored()
{
    RotationRecord record;
    record.kind = RotationKind::OnCall;
    record.communityId = m_community;
    record.daysPerShift = 7;
    record.responseTargetMinutes = 240;
    record.created = QDateTime(QDate(2030, 1, 1), QTime(9, 0), Qt::UTC);
    record.meetings = {{week(0), {{week(0), m_people.at(0), {}, {}}}}, {week(1), {{week(1), m_people.at(1), {}, {}}}}};
    record.artefacts.insert({week(1), 1}, u"https://wiki.example.org/handover"_s);
    RotationRepository rotations(*m_db);
    auto id = rotations.save(record);
    QVERIFY2(id, qPrintable(id.errorString()));
    auto loaded = rotations.find(*id);
    QVERIFY(loaded && loaded->has_value());
    QCOMPARE((*loaded)->responseTargetMinutes, 240);
    QCOMPARE((*loaded)->artefact(week(1), 1), u"https://wiki.example.org/handover"_s);
    QVERIFY((*loaded)->artefact(week(0), 1).isEmpty());
    record.id = *id;
    record.responseTargetMinutes = -5;
    QVERIFY(!rotations.save(record));
    QCOMPARE((*rotations.find(*id))->responseTargetMinutes, 240);
}

QTEST_GUILESS_MAIN(TestRotationGoals)
#include "TestRotationGoals.moc"
