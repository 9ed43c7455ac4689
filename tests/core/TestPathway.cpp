// SPDX-License-Identifier: GPL-3.0-or-later
// Participation pathways on constructed histories: a proposal for each kind of criterion, no proposal for
// staff or twice, level-skipping proposals with their reason, demotions only at the periodic review,
// accepting (the level change with its reason) and refusals that write nothing, and the funnel, time at
// level, stuck members and joiner cohorts against values computed by hand.
#include "TestWorkspace.h"
#include "repertoire/ActivityLedger.h"
#include "repertoire/ArtefactRepository.h"
#include "repertoire/CommunityPathway.h"
#include "repertoire/PathwayEvaluator.h"
#include "repertoire/PathwayRepository.h"
#include "repertoire/PathwayStatistics.h"
#include "repertoire/ReviewRepository.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SqlQuery.h"
#include "workspace/RecordPathwayProposalsCommand.h"
#include "workspace/SetPathwayCriteriaCommand.h"
#include "workspace/SetPathwayStaffCommand.h"
#include "workspace/SetPracticeSettingsCommand.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

qint64 countRows(const Database& db, const QString& sql, const QVariantList& values = {})
{
    auto query = runQuery(db.connection(), sql, values);
    if (!query || !query->next())
        return -1;
    return query->value(0).toLongLong();
}

} // namespace

class TestPathway : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eachCriterionProposes_data();
    void eachCriterionProposes();
    void noProposalForStaffOrTwice();
    void skippingLevelsIsProposedWithItsReason();
    void demotionOnlyAtThePeriodicReview();
    void aMissedReviewIsCaughtUpOn();
    void acceptRecordsTheChangeWithItsReason();
    void movesThatSkipLevelsNeedAReason();
    void rotatingRoleSeatsCount();
    void quantilesByHand();
    void statisticsByHand();
    void criteriaCommandUndoesAndRefusesWritingNothing();
    void settingsAndStaffCommandsUndo();
    void lookingForProposalsIsUndoable();

private:
    qint64 person(const QString& name);
    void join(qint64 personId, ParticipationLevel level, const QDate& date, const QString& reason = u"joined"_s);
    qint64 session(const QDate& day, qint64 facilitator = 0);
    /** One dated event of an activity for a person, written the way the feature that owns it writes it. */
    void addEvent(const QString& activity, qint64 personId, const QDate& day);
    qint64 membership(qint64 personId);
    QList<PromotionProposal> evaluate(const QDate& asOf);
    /** The same file opened as the GUI opens it (m_db is closed first), for the undo commands. */
    std::unique_ptr<Workspace> openWorkspace();
    qint64 membershipIn(Workspace& workspace, qint64 personId);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_community = 0;
    qint64 m_other = 0; // someone else, to review and attend
    int m_uid = 0;
};

void TestPathway::init()
{
    auto db = Database::open(m_dir.filePath(u"p.steward"_s));
    QVERIFY2(db, qPrintable(db.errorString()));
    m_db = std::move(*db);
    Community c;
    c.name = u"Data"_s;
    m_community = *CommunityRepository(*m_db).add(c);
    m_other = person(u"Other"_s);
    join(m_other, ParticipationLevel::Core, QDate(2025, 1, 1));
    // "Other" never does anything: only the tests about moving down use a threshold it would reach.
    PracticeSettings patient;
    patient.communityId = m_community;
    patient.inactiveDays = 3650;
    QVERIFY(PathwayRepository(*m_db).setSettings(patient));
}

void TestPathway::cleanup()
{
    m_db.reset();
    QFile::remove(m_dir.filePath(u"p.steward"_s));
}

qint64 TestPathway::person(const QString& name)
{
    Person p;
    p.name = name;
    return *PersonRepository(*m_db).add(p);
}

void TestPathway::join(qint64 personId, ParticipationLevel level, const QDate& date, const QString& reason)
{
    auto r = MembershipRepository(*m_db).setLevel(m_community, personId, level, date, reason);
    QVERIFY2(r, qPrintable(r.errorString()));
}

qint64 TestPathway::membership(qint64 personId)
{
    return (*MembershipRepository(*m_db).find(personId, m_community))->id;
}

qint64 TestPathway::session(const QDate& day, qint64 facilitator)
{
    const QString start = day.toString(Qt::ISODate) + u"T10:00:00Z"_s;
    const QString end = day.toString(Qt::ISODate) + u"T11:00:00Z"_s;
    auto q = runQuery(
        m_db->connection(),
        u"INSERT INTO session (community_id, format, title, start_utc, time_zone, minutes, facilitator_id, "
        "uid, span_start_utc, span_end_utc) VALUES (?, 'case-round', 'Case round', ?, 'UTC', 60, ?, ?, ?, ?)"_s,
        {m_community,
         start,
         facilitator > 0 ? QVariant(facilitator) : QVariant(QMetaType(QMetaType::LongLong)),
         u"uid-%1"_s.arg(++m_uid),
         start,
         end});
    return q ? q->lastInsertId().toLongLong() : 0;
}

void TestPathway::addEvent(const QString& activity, qint64 personId, const QDate& day)
{
    auto run = [this](const QString& sql, const QVariantList& values) {
        auto q = runQuery(m_db->connection(), sql, values);
        if (!q)
            qWarning() << q.errorString();
        return q ? q->lastInsertId().toLongLong() : 0;
    };
    if (activity == u"session-attended"_s) {
        run(u"INSERT INTO session_attendance (session_id, occurrence_date, person_id, status) VALUES (?,?,?,'attended')"_s,
            {session(day), day.toString(Qt::ISODate), personId});
    } else if (activity == u"note-taker"_s || activity == u"co-lead"_s) {
        run(u"INSERT INTO session_role (session_id, person_id, role) VALUES (?,?,?)"_s,
            {session(day), personId, activity});
    } else if (activity == u"session-facilitated"_s) {
        session(day, personId);
    } else if (activity == u"micro-teach"_s || activity == u"hot-seat"_s) {
        qint64 group = 0;
        if (activity == u"hot-seat"_s)
            group = run(u"INSERT INTO mastermind_group (community_id, name) VALUES (?, ?)"_s,
                        {m_community, u"Circle %1"_s.arg(++m_uid)});
        const qint64 plan = group > 0 ? run(u"INSERT INTO rotation_plan (kind, mastermind_group_id, created) VALUES "
                                            "('hot-seat', ?, '2025-01-01')"_s,
                                            {group})
                                      : run(u"INSERT OR IGNORE INTO rotation_plan (kind, community_id, created) VALUES "
                                            "('micro-teach', ?, '2025-01-01')"_s,
                                            {m_community});
        const qint64 planId =
            plan > 0 ? plan : countRows(*m_db, u"SELECT id FROM rotation_plan WHERE community_id = ?"_s, {m_community});
        run(u"INSERT INTO rotation_seat (plan_id, meeting_date, slot, person_id, status) VALUES (?,?,?,?, 'done')"_s,
            {planId, day.toString(Qt::ISODate), ++m_uid, personId});
    } else if (activity == u"reviewed-artefact"_s || activity == u"review-given"_s) {
        const bool written = activity == u"reviewed-artefact"_s;
        Artefact a;
        a.communityId = m_community;
        a.title = u"Artefact %1"_s.arg(++m_uid);
        a.authorIds = {written ? personId : m_other};
        const qint64 id = *ArtefactRepository(*m_db).add(a, 0, QDateTime(day, QTime(9, 0), Qt::UTC));
        Review r;
        r.artefactId = id;
        r.reviewerId = written ? m_other : personId;
        r.reviewedOn = day;
        QVERIFY(ReviewRepository(*m_db).add(r));
    }
}

QList<PromotionProposal> TestPathway::evaluate(const QDate& asOf)
{
    auto arising = CommunityPathway(*m_db, m_community).recordProposals(asOf);
    if (!arising)
        qWarning() << arising.errorString();
    return arising ? *arising : QList<PromotionProposal>();
}

void TestPathway::eachCriterionProposes_data()
{
    QTest::addColumn<QString>("activity");
    for (const QString& a : PathwayCriterion::activities())
        QTest::addRow("%s", qPrintable(a)) << a;
}

void TestPathway::eachCriterionProposes()
{
    QFETCH(QString, activity);
    QVERIFY(PathwayRepository(*m_db).setCriteria(m_community,
                                                 {{0, m_community, ParticipationLevel::Peripheral, activity, 2}}));
    const qint64 newcomer = person(u"Newcomer"_s);
    join(newcomer, ParticipationLevel::Observer, QDate(2026, 1, 5));
    addEvent(activity, newcomer, QDate(2026, 2, 1));
    QVERIFY(evaluate(QDate(2026, 6, 10)).isEmpty());
    addEvent(activity, newcomer, QDate(2026, 3, 1));
    // An event after the day of evaluation does not count yet.
    QVERIFY(evaluate(QDate(2026, 2, 20)).isEmpty());
    const QList<PromotionProposal> proposals = evaluate(QDate(2026, 6, 10));
    QCOMPARE(proposals.size(), 1);
    QCOMPARE(proposals.at(0).personId, newcomer);
    QCOMPARE(proposals.at(0).from, ParticipationLevel::Observer);
    QCOMPARE(proposals.at(0).to, ParticipationLevel::Peripheral);
    QVERIFY2(proposals.at(0).reason.contains(u"2 "_s + PathwayCriterion::activityDisplayName(activity)),
             qPrintable(proposals.at(0).reason));
    // Never applied by itself.
    QCOMPARE((*MembershipRepository(*m_db).find(newcomer, m_community))->level, ParticipationLevel::Observer);
    QCOMPARE(countRows(*m_db, u"SELECT count(*) FROM promotion_proposal WHERE status = 'pending'"_s), 1);
}

void TestPathway::noProposalForStaffOrTwice()
{
    QVERIFY(PathwayRepository(*m_db).setCriteria(
        m_community, {{0, m_community, ParticipationLevel::Peripheral, u"session-attended"_s, 1}}));
    const qint64 staff = person(u"Staff"_s);
    const qint64 member = person(u"Member"_s);
    join(staff, ParticipationLevel::Observer, QDate(2026, 1, 1));
    join(member, ParticipationLevel::Observer, QDate(2026, 1, 1));
    QVERIFY(PathwayRepository(*m_db).setStaff(membership(staff), true));
    addEvent(u"session-attended"_s, staff, QDate(2026, 2, 1));
    addEvent(u"session-attended"_s, member, QDate(2026, 2, 1));
    const auto first = evaluate(QDate(2026, 3, 3));
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.at(0).personId, member);
    QVERIFY(evaluate(QDate(2026, 3, 4)).isEmpty()); // pending already
    QVERIFY(CommunityPathway(*m_db, m_community).dismiss(first.at(0).id, QDate(2026, 3, 5)));
    QVERIFY(evaluate(QDate(2026, 3, 6)).isEmpty()); // dismissed at this level: not again
}

void TestPathway::skippingLevelsIsProposedWithItsReason()
{
    QVERIFY(PathwayRepository(*m_db).setCriteria(
        m_community,
        {{0, m_community, ParticipationLevel::Peripheral, u"session-attended"_s, 1},
         {0, m_community, ParticipationLevel::Active, u"note-taker"_s, 1},
         {0, m_community, ParticipationLevel::Steward, u"co-lead"_s, 1}}));
    const qint64 fast = person(u"Fast"_s);
    join(fast, ParticipationLevel::Observer, QDate(2026, 1, 1));
    addEvent(u"session-attended"_s, fast, QDate(2026, 1, 10));
    addEvent(u"note-taker"_s, fast, QDate(2026, 1, 11));
    addEvent(u"co-lead"_s, fast, QDate(2026, 1, 12));
    const auto proposals = evaluate(QDate(2026, 2, 2));
    QCOMPARE(proposals.size(), 1);
    // Core has no criteria: the steward's call, so the pathway stops at active.
    QCOMPARE(proposals.at(0).to, ParticipationLevel::Active);
    QVERIFY2(proposals.at(0).reason.contains(u"skips levels"_s), qPrintable(proposals.at(0).reason));
    auto receipt = CommunityPathway(*m_db, m_community).accept(proposals.at(0).id, QDate(2026, 2, 3));
    QVERIFY2(receipt, qPrintable(receipt.errorString()));
    QCOMPARE(receipt->after.level, ParticipationLevel::Active);
}

void TestPathway::demotionOnlyAtThePeriodicReview()
{
    const qint64 quiet = person(u"Quiet"_s);
    join(quiet, ParticipationLevel::Observer, QDate(2025, 6, 1));
    join(quiet, ParticipationLevel::Active, QDate(2025, 9, 1));
    addEvent(u"session-attended"_s, quiet, QDate(2026, 2, 1));
    PracticeSettings settings;
    settings.communityId = m_community;
    settings.reviewCadence = u"quarterly"_s;
    settings.inactiveDays = 180;
    QVERIFY(PathwayRepository(*m_db).setSettings(settings));
    // Staff who run the community are never moved down ("Other" is as quiet as can be).
    QVERIFY(PathwayRepository(*m_db).setStaff(membership(m_other), true));
    QVERIFY(evaluate(QDate(2026, 9, 15)).isEmpty()); // 226 days quiet, but no review day
    QVERIFY(evaluate(QDate(2026, 7, 1)).isEmpty());  // review day, but only 150 days quiet
    const auto down = evaluate(QDate(2026, 10, 1));
    QCOMPARE(down.size(), 1);
    QCOMPARE(down.at(0).from, ParticipationLevel::Active);
    QCOMPARE(down.at(0).to, ParticipationLevel::Peripheral);
    QVERIFY(down.at(0).isDemotion());
    QVERIFY2(down.at(0).reason.contains(u"2026-02-01"_s), qPrintable(down.at(0).reason));
    QCOMPARE(PathwayEvaluator::nextReviewDate(u"quarterly"_s, QDate(2026, 10, 2)), QDate(2027, 1, 1));
    QCOMPARE(PathwayEvaluator::nextReviewDate(u"monthly"_s, QDate(2026, 10, 1)), QDate(2026, 10, 1));
    QCOMPARE(PathwayEvaluator::nextReviewDate(u"yearly"_s, QDate(2026, 10, 1)), QDate(2027, 1, 1));
    QCOMPARE(PathwayEvaluator::previousReviewDate(u"quarterly"_s, QDate(2026, 12, 31)), QDate(2026, 10, 1));
    QCOMPARE(PathwayEvaluator::previousReviewDate(u"yearly"_s, QDate(2026, 1, 1)), QDate(2026, 1, 1));
    QVERIFY(!PathwayEvaluator::isReviewDate(u"quarterly"_s, QDate(2026, 11, 1)));
    QVERIFY(PathwayEvaluator::isReviewDate(u"monthly"_s, QDate(2026, 11, 1)));
}

void TestPathway::aMissedReviewIsCaughtUpOn()
{
    const qint64 quiet = person(u"Quiet"_s);
    join(quiet, ParticipationLevel::Observer, QDate(2025, 6, 1));
    join(quiet, ParticipationLevel::Core, QDate(2025, 9, 1));
    addEvent(u"session-attended"_s, quiet, QDate(2026, 2, 1));
    PracticeSettings settings;
    settings.communityId = m_community;
    settings.inactiveDays = 180;
    QVERIFY(PathwayRepository(*m_db).setSettings(settings));
    addEvent(u"session-attended"_s, m_other, QDate(2026, 9, 20)); // "Other" was active before the review
    // Nobody looked on 1 Oct (a quarterly review day); on 20 Oct the review's move down still comes.
    const auto late = evaluate(QDate(2026, 10, 20));
    QCOMPARE(late.size(), 1);
    QCOMPARE(late.at(0).personId, quiet);
    QCOMPARE(late.at(0).to, ParticipationLevel::Active);
    QCOMPARE(late.at(0).proposedOn, QDate(2026, 10, 1));
    QVERIFY2(late.at(0).reason.contains(u"2026-02-01"_s), qPrintable(late.at(0).reason));
    QVERIFY(evaluate(QDate(2026, 10, 21)).isEmpty()); // pending: not twice
    // Dismissed: looking again later in the quarter does not bring the same review's move back.
    QVERIFY(CommunityPathway(*m_db, m_community).dismiss(late.at(0).id, QDate(2026, 10, 22)));
    QVERIFY(evaluate(QDate(2026, 11, 15)).isEmpty());
}

void TestPathway::acceptRecordsTheChangeWithItsReason()
{
    QVERIFY(PathwayRepository(*m_db).setCriteria(
        m_community, {{0, m_community, ParticipationLevel::Peripheral, u"micro-teach"_s, 1}}));
    const qint64 teacher = person(u"Teacher"_s);
    join(teacher, ParticipationLevel::Observer, QDate(2026, 1, 1));
    addEvent(u"micro-teach"_s, teacher, QDate(2026, 1, 20));
    const auto proposals = evaluate(QDate(2026, 2, 1));
    QCOMPARE(proposals.size(), 1);
    CommunityPathway pathway(*m_db, m_community);
    auto receipt = pathway.accept(proposals.at(0).id, QDate(2026, 2, 2));
    QVERIFY2(receipt, qPrintable(receipt.errorString()));
    const auto history = *MembershipRepository(*m_db).history(membership(teacher));
    QCOMPARE(history.constLast().to, ParticipationLevel::Peripheral);
    QCOMPARE(history.constLast().reason, proposals.at(0).reason);
    QCOMPARE(history.constLast().date, QDate(2026, 2, 2));
    const auto stored = **PathwayRepository(*m_db).proposal(proposals.at(0).id);
    QCOMPARE(stored.status, u"accepted"_s);
    QCOMPARE(stored.levelChangeId, receipt->levelChangeId);
    // Twice is refused, and writes nothing.
    const qint64 changes = countRows(*m_db, u"SELECT count(*) FROM level_change"_s);
    QVERIFY(!pathway.accept(proposals.at(0).id, QDate(2026, 2, 3)));
    QCOMPARE(countRows(*m_db, u"SELECT count(*) FROM level_change"_s), changes);
}

void TestPathway::movesThatSkipLevelsNeedAReason()
{
    const qint64 who = person(u"Jumper"_s);
    join(who, ParticipationLevel::Observer, QDate(2026, 1, 1));
    CommunityPathway pathway(*m_db, m_community);
    const qint64 changes = countRows(*m_db, u"SELECT count(*) FROM level_change"_s);
    auto refused = pathway.move(who, ParticipationLevel::Core, QDate(2026, 2, 1), u"  "_s);
    QVERIFY(!refused);
    QVERIFY2(refused.errorString().contains(u"skips 2 level"_s), qPrintable(refused.errorString()));
    QCOMPARE(countRows(*m_db, u"SELECT count(*) FROM level_change"_s), changes);
    QVERIFY(!pathway.move(who, ParticipationLevel::Observer, QDate(2026, 2, 1), u"same"_s));
    QVERIFY(pathway.move(who, ParticipationLevel::Peripheral, QDate(2026, 2, 1), {}));
    QVERIFY(
        pathway.move(who, ParticipationLevel::Steward, QDate(2026, 3, 1), u"Founding steward of the new chapter"_s));
    QCOMPARE(countRows(*m_db, u"SELECT count(*) FROM level_change"_s), changes + 2);
}

// A recurring session's rotating facilitator and note-taker (session_role_seat) count once their turn is
// done; a done rotating facilitator stands in for the series' own facilitator on that day.
void TestPathway::rotatingRoleSeatsCount()
{
    const qint64 lead = person(u"Series Lead"_s);
    const qint64 rotating = person(u"Rotating Facilitator"_s);
    const qint64 notes = person(u"Rotating Notes"_s);
    const QDate day(2025, 3, 4);
    const qint64 sessionId = session(day, lead);
    for (const auto& [role, who, date, status] : {std::tuple{u"facilitator"_s, rotating, day, u"done"_s},
                                                  std::tuple{u"note-taker"_s, notes, day, u"done"_s},
                                                  std::tuple{u"facilitator"_s, notes, day.addDays(14), u"planned"_s}}) {
        auto q = runQuery(m_db->connection(),
                          u"INSERT INTO session_role_seat (session_id, occurrence_date, role, person_id, origin, "
                          "status) VALUES (?,?,?,?,'held',?)"_s,
                          {sessionId, date.toString(Qt::ISODate), role, who, status});
        QVERIFY2(q, qPrintable(q.errorString()));
    }
    auto counts = ActivityLedger(*m_db).counts(m_community, QDate(), QDate(2025, 12, 31));
    QVERIFY2(counts, qPrintable(counts.errorString()));
    QCOMPARE(counts->value(rotating).count(u"session-facilitated"_s), 1);
    QCOMPARE(counts->value(lead).count(u"session-facilitated"_s), 0);
    QCOMPARE(counts->value(notes).count(u"note-taker"_s), 1);
    QCOMPARE(counts->value(notes).count(u"session-facilitated"_s), 0); // planned, not done
}

void TestPathway::quantilesByHand()
{
    QCOMPARE(*PathwayStatistics::median({4, 1, 3, 2}), 2.5);
    QCOMPARE(*PathwayStatistics::median({7}), 7.0);
    QVERIFY(!PathwayStatistics::median({}));
    QCOMPARE(*PathwayStatistics::quantile({30, 40, 91}, 0.25), 35.0);
    QCOMPARE(*PathwayStatistics::quantile({30, 40, 91}, 0.75), 65.5);
    QCOMPARE(*PathwayStatistics::quantile({10, 20, 30, 40, 50}, 0.25), 20.0);
}

void TestPathway::statisticsByHand()
{
    // A: observer 30 days, peripheral 30 days, active since 2026-03-02 (121 days on 2026-07-01).
    // B: observer 40 days, peripheral since 2026-03-13 (110 days). C: observer since 2026-04-01 (91 days).
    // S: staff steward, left out. "Other" (core since 2025-01-01) is marked staff too, to keep the numbers small.
    const qint64 a = person(u"A"_s);
    const qint64 b = person(u"B"_s);
    const qint64 c = person(u"C"_s);
    const qint64 s = person(u"S"_s);
    join(a, ParticipationLevel::Observer, QDate(2026, 1, 1));
    join(a, ParticipationLevel::Peripheral, QDate(2026, 1, 31));
    join(a, ParticipationLevel::Active, QDate(2026, 3, 2));
    join(b, ParticipationLevel::Observer, QDate(2026, 2, 1));
    join(b, ParticipationLevel::Peripheral, QDate(2026, 3, 13));
    join(c, ParticipationLevel::Observer, QDate(2026, 4, 1));
    join(s, ParticipationLevel::Steward, QDate(2025, 1, 1));
    QVERIFY(PathwayRepository(*m_db).setStaff(membership(s), true));
    QVERIFY(PathwayRepository(*m_db).setStaff(membership(m_other), true));
    addEvent(u"review-given"_s, a, QDate(2026, 1, 11));    // first contribution after 10 days
    addEvent(u"micro-teach"_s, b, QDate(2026, 2, 21));     // after 20 days
    addEvent(u"session-attended"_s, c, QDate(2026, 4, 2)); // attending is not a contribution
    PracticeSettings settings;
    settings.communityId = m_community;
    settings.stuckDays = 100;
    QVERIFY(PathwayRepository(*m_db).setSettings(settings));

    auto report = CommunityPathway(*m_db, m_community).report(QDate(2026, 7, 1));
    QVERIFY2(report, qPrintable(report.errorString()));
    const QList<LevelTime>& levels = report->levels;
    QCOMPARE(levels.size(), 5);
    QCOMPARE(levels.at(0).members, 1);
    QCOMPARE(levels.at(1).members, 1);
    QCOMPARE(levels.at(2).members, 1);
    QCOMPARE(levels.at(3).members, 0);
    QCOMPARE(levels.at(4).members, 0);
    QCOMPARE(levels.at(0).stints, 3);
    QCOMPARE(*levels.at(0).medianDays, 40.0);
    QCOMPARE(*levels.at(0).lowerQuartileDays, 35.0);
    QCOMPARE(*levels.at(0).upperQuartileDays, 65.5);
    QCOMPARE(*levels.at(1).medianDays, 70.0);
    QCOMPARE(*levels.at(1).lowerQuartileDays, 50.0);
    QCOMPARE(*levels.at(1).upperQuartileDays, 90.0);
    QCOMPARE(*levels.at(2).medianDays, 121.0);
    QVERIFY(!levels.at(3).medianDays);
    QVERIFY(!levels.at(4).medianDays);

    QCOMPARE(report->stuck.size(), 2);
    QCOMPARE(report->stuck.at(0).personId, a);
    QCOMPARE(report->stuck.at(0).days, 121);
    QCOMPARE(report->stuck.at(1).personId, b);
    QCOMPARE(report->stuck.at(1).days, 110);

    QCOMPARE(report->cohorts.size(), 2);
    const JoinerCohort& q1 = report->cohorts.at(0);
    QCOMPARE(q1.cohort, u"2026-Q1"_s);
    QCOMPARE(q1.joiners, 2);
    QCOMPARE(q1.contributed, 2);
    QCOMPARE(*q1.medianDaysToFirstContribution, 15.0);
    QCOMPARE(q1.reachedActive, 1);
    QCOMPARE(*q1.medianDaysToActive, 60.0);
    const JoinerCohort& q2 = report->cohorts.at(1);
    QCOMPARE(q2.cohort, u"2026-Q2"_s);
    QCOMPARE(q2.joiners, 1);
    QCOMPARE(q2.contributed, 0);
    QVERIFY(!q2.medianDaysToFirstContribution);
    QCOMPARE(report->nextReview, QDate(2026, 7, 1));
}

std::unique_ptr<Workspace> TestPathway::openWorkspace()
{
    m_db.reset();
    auto workspace =
        Workspace::open(m_dir.filePath(u"p.steward"_s), Database::OpenMode::ExistingOnly, test::fixedClock());
    if (!workspace)
        qFatal("%s", qPrintable(workspace.errorString()));
    return std::move(*workspace);
}

void TestPathway::criteriaCommandUndoesAndRefusesWritingNothing()
{
    QVERIFY(PathwayRepository(*m_db).setCriteria(
        m_community, {{0, m_community, ParticipationLevel::Peripheral, u"session-attended"_s, 3}}));
    auto ws = openWorkspace();
    PathwayRepository repo(ws->database());
    const QList<PathwayCriterion> edited{{0, m_community, ParticipationLevel::Peripheral, u"session-attended"_s, 3},
                                         {0, m_community, ParticipationLevel::Peripheral, u"note-taker"_s, 2},
                                         {0, m_community, ParticipationLevel::Active, u"micro-teach"_s, 1},
                                         {0, m_community, ParticipationLevel::Core, u"co-lead"_s, 1},
                                         {0, m_community, ParticipationLevel::Core, u"reviewed-artefact"_s, 1}};
    QVERIFY(ws->perform(std::make_unique<SetPathwayCriteriaCommand>(*ws, m_community, edited)));
    QCOMPARE(repo.criteria(m_community)->size(), 5);
    QCOMPARE(repo.criteria(m_community)->at(1).activity, u"note-taker"_s);
    QCOMPARE(repo.criteria(m_community)->at(1).count, 2);
    ws->undoStack()->undo();
    QCOMPARE(repo.criteria(m_community)->size(), 1);
    QCOMPARE(repo.criteria(m_community)->at(0).count, 3);
    ws->undoStack()->redo();
    QCOMPARE(repo.criteria(m_community)->size(), 5);
    const int steps = ws->undoStack()->count();
    QList<PathwayCriterion> twice = edited;
    twice.append({0, m_community, ParticipationLevel::Active, u"micro-teach"_s, 4});
    QList<PathwayCriterion> observer{{0, m_community, ParticipationLevel::Observer, u"micro-teach"_s, 1}};
    QList<PathwayCriterion> zero{{0, m_community, ParticipationLevel::Active, u"micro-teach"_s, 0}};
    QList<PathwayCriterion> unknown{{0, m_community, ParticipationLevel::Active, u"juggling"_s, 1}};
    for (const auto& [bad, message] : QList<std::pair<QList<PathwayCriterion>, QString>>{
             {twice, u"twice"_s}, {observer, u"observer"_s}, {zero, u"at least 1"_s}, {unknown, u"juggling"_s}}) {
        const Status s = ws->perform(std::make_unique<SetPathwayCriteriaCommand>(*ws, m_community, bad));
        QVERIFY2(s.errorString().contains(message), qPrintable(s.errorString()));
        QCOMPARE(repo.criteria(m_community)->size(), 5);
    }
    QCOMPARE(ws->undoStack()->count(), steps);
}

void TestPathway::settingsAndStaffCommandsUndo()
{
    const qint64 runner = person(u"Runner"_s);
    join(runner, ParticipationLevel::Steward, QDate(2025, 1, 1));
    const qint64 outsider = person(u"Outsider"_s);
    auto ws = openWorkspace();
    PathwayRepository repo(ws->database());
    PracticeSettings s;
    s.communityId = m_community;
    s.reviewCadence = u"monthly"_s;
    s.stuckDays = 45;
    s.inactiveDays = 90;
    s.leaderboard = true;
    QVERIFY(ws->perform(std::make_unique<SetPracticeSettingsCommand>(*ws, s)));
    QCOMPARE(repo.settings(m_community)->reviewCadence, u"monthly"_s);
    QCOMPARE(repo.settings(m_community)->stuckDays, 45);
    QVERIFY(repo.settings(m_community)->leaderboard);
    ws->undoStack()->undo();
    QCOMPARE(repo.settings(m_community)->reviewCadence, u"quarterly"_s);
    QCOMPARE(repo.settings(m_community)->stuckDays, 180);
    QVERIFY(!repo.settings(m_community)->leaderboard);
    ws->undoStack()->redo();
    QCOMPARE(repo.settings(m_community)->reviewCadence, u"monthly"_s);
    PracticeSettings weekly = s;
    weekly.reviewCadence = u"weekly"_s;
    weekly.leaderboard = false;
    QVERIFY(ws->perform(std::make_unique<SetPracticeSettingsCommand>(*ws, weekly)).errorString().contains(u"weekly"_s));
    PracticeSettings never = s;
    never.stuckDays = 0;
    QVERIFY(!ws->perform(std::make_unique<SetPracticeSettingsCommand>(*ws, never)));
    QVERIFY(repo.settings(m_community)->leaderboard);
    QCOMPARE(repo.settings(m_community)->stuckDays, 45);

    auto staff = [&] { return repo.staffMemberships(m_community)->contains(membershipIn(*ws, runner)); };
    QVERIFY(ws->perform(std::make_unique<SetPathwayStaffCommand>(*ws, m_community, runner, true)));
    QVERIFY(staff());
    QVERIFY(ws->perform(std::make_unique<SetPathwayStaffCommand>(*ws, m_community, runner, true))
                .errorString()
                .contains(u"already"_s));
    QVERIFY(ws->perform(std::make_unique<SetPathwayStaffCommand>(*ws, m_community, outsider, true))
                .errorString()
                .contains(u"not a member"_s));
    QCOMPARE(repo.staffMemberships(m_community)->size(), 1);
    ws->undoStack()->undo();
    QVERIFY(!staff());
    ws->undoStack()->redo();
    QVERIFY(staff());
    // Staff are left out of the funnel.
    const auto report = CommunityPathway(ws->database(), m_community).report(QDate(2026, 6, 1));
    int counted = 0;
    for (const LevelTime& t : report->levels)
        counted += t.members;
    QCOMPARE(counted, 1); // "Other" only
}

void TestPathway::lookingForProposalsIsUndoable()
{
    QVERIFY(PathwayRepository(*m_db).setCriteria(
        m_community, {{0, m_community, ParticipationLevel::Peripheral, u"micro-teach"_s, 1}}));
    const qint64 teacher = person(u"Teacher"_s);
    join(teacher, ParticipationLevel::Observer, QDate(2026, 1, 1));
    addEvent(u"micro-teach"_s, teacher, QDate(2026, 1, 20));
    auto ws = openWorkspace();
    auto count = [&ws](const QString& table) {
        auto q = runQuery(ws->database().connection(), u"SELECT count(*) FROM %1"_s.arg(table));
        return q && q->next() ? q->value(0).toInt() : -1;
    };
    auto command = std::make_unique<RecordPathwayProposalsCommand>(*ws, m_community, QDate(2026, 2, 1));
    RecordPathwayProposalsCommand* raw = command.get();
    QVERIFY(ws->perform(std::move(command)));
    QCOMPARE(raw->levelProposals(), 1);
    QCOMPARE(raw->badgeProposals(), 1); // first micro-teach
    QCOMPARE(count(u"promotion_proposal"_s), 1);
    QCOMPARE(count(u"recognition"_s), 1);
    ws->undoStack()->undo();
    QCOMPARE(count(u"promotion_proposal"_s), 0);
    QCOMPARE(count(u"recognition"_s), 0);
    ws->undoStack()->redo();
    QCOMPARE(count(u"promotion_proposal"_s), 1);
    QCOMPARE(count(u"recognition"_s), 1);
}

qint64 TestPathway::membershipIn(Workspace& ws, qint64 personId)
{
    return (*ws.memberships().find(personId, m_community))->id;
}

QTEST_GUILESS_MAIN(TestPathway)
#include "TestPathway.moc"
