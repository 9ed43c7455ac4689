// SPDX-License-Identifier: GPL-3.0-or-later
// Interactions derived from the workspace's own records (issue 5): co-attendance, think-pair-share
// pairings that met and hot-seat advice take part in a community's network, follow later edits of
// their records, and are switched off by the kinds and platforms filters.
#include "TestWorkspace.h"
#include "demo/SampleCommunity.h"
#include "network/NetworkSource.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/DerivedInteractions.h"
#include "storage/InteractionRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

using Arc = std::tuple<qint64, qint64, double, qint64>;

QList<Arc> arcsOf(const Database& db, const InteractionFilter& filter)
{
    auto arcs = InteractionRepository(db).arcs(filter);
    if (!arcs)
        qFatal("arcs: %s", qPrintable(arcs.errorString()));
    QList<Arc> result;
    for (const InteractionArc& arc : std::as_const(*arcs))
        result.append({arc.sourceId, arc.targetId, arc.weight, arc.count});
    return result;
}

} // namespace

class TestDerivedInteractions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void coAttendanceWeighsEachSessionAsOne();
    void pairingsCountOnlyWhenMet();
    void hotSeatAdviceComesFromPresentMembers();
    void kindsAndPlatformsSwitchThemOff();
    void windowAppliesToDerivedTies();
    void otherCommunitiesSeeNothing();
    void sampleNetworkIncludesSessions();

private:
    void exec(const QString& sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    InteractionFilter m_filter;
};

void TestDerivedInteractions::exec(const QString& sql)
{
    QSqlQuery query(m_db->connection());
    QVERIFY2(query.exec(sql), qPrintable(sql + u": "_s + query.lastError().text()));
}

void TestDerivedInteractions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = Database::open(m_dir->filePath(u"derived.db"_s));
    QVERIFY2(opened, qPrintable(opened.errorString()));
    m_db = std::move(*opened);
    // Persons 1..5 in community 1; person 6 only in community 2.
    exec(u"INSERT INTO person (id, name) VALUES (1,'Ann'),(2,'Bo'),(3,'Cy'),(4,'Di'),(5,'Ed'),(6,'Fay')"_s);
    exec(u"INSERT INTO community (id, name) VALUES (1,'Guild'),(2,'Other')"_s);
    exec(u"INSERT INTO membership (person_id, community_id, level) VALUES "
         "(1,1,'core'),(2,1,'active'),(3,1,'active'),(4,1,'peripheral'),(5,1,'observer'),(6,2,'core')"_s);
    exec(u"INSERT INTO session (id, community_id, format, title, start_utc, time_zone, minutes, uid, "
         "span_start_utc, span_end_utc) VALUES "
         "(1, 1, 'think-pair-share', 'Pairs', '2026-03-02T10:00:00Z', 'UTC', 60, 'u1', "
         "'2026-03-02T10:00:00Z', '2026-03-02T11:00:00Z')"_s);
    m_filter = {};
    m_filter.communityId = 1;
}

void TestDerivedInteractions::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestDerivedInteractions::coAttendanceWeighsEachSessionAsOne()
{
    // Three attended (each tie 1/2), one was excused and one absent: they have no tie.
    exec(u"INSERT INTO session_attendance (session_id, occurrence_date, person_id, status) VALUES "
         "(1,'2026-03-02',1,'attended'),(1,'2026-03-02',2,'attended'),(1,'2026-03-02',3,'attended'),"
         "(1,'2026-03-02',4,'excused'),(1,'2026-03-02',5,'absent'),"
         "(1,'2026-03-09',1,'attended'),(1,'2026-03-09',2,'attended')"_s);
    m_filter.kinds = {u"co-attendance"_s};
    const QList<Arc> expected = {{1, 2, 0.5 + 1.0, 2}, {1, 3, 0.5, 1}, {2, 3, 0.5, 1}};
    QCOMPARE(arcsOf(*m_db, m_filter), expected);

    // Ticking Di as attended later shows at once, and the weights spread over three others.
    exec(u"UPDATE session_attendance SET status = 'attended' WHERE person_id = 4 AND occurrence_date = '2026-03-02'"_s);
    const QList<Arc> after = arcsOf(*m_db, m_filter);
    QCOMPARE(after.size(), 6);
    QCOMPARE(after.constFirst(), Arc(1, 2, 1.0 / 3 + 1.0, 2));
    QCOMPARE(after.constLast(), Arc(3, 4, 1.0 / 3, 1));
}

void TestDerivedInteractions::pairingsCountOnlyWhenMet()
{
    // Round 1: {Ann, Bo} met, {Cy, Di, Ed} where Ed did not take part. Round 2: {Ann, Cy}.
    exec(u"INSERT INTO session_pairing (session_id, occurrence_date, round_no, group_no, person_id, met) VALUES "
         "(1,'2026-03-02',1,1,1,1),(1,'2026-03-02',1,1,2,1),"
         "(1,'2026-03-02',1,2,3,1),(1,'2026-03-02',1,2,4,1),(1,'2026-03-02',1,2,5,0),"
         "(1,'2026-03-02',2,1,1,1),(1,'2026-03-02',2,1,3,1)"_s);
    m_filter.kinds = {u"pairing"_s};
    const QList<Arc> expected = {{1, 2, 1.0, 1}, {1, 3, 1.0, 1}, {3, 4, 1.0, 1}};
    QCOMPARE(arcsOf(*m_db, m_filter), expected);

    exec(u"UPDATE session_pairing SET met = 0 WHERE round_no = 2 AND person_id = 3"_s);
    const QList<Arc> unmet = {{1, 2, 1.0, 1}, {3, 4, 1.0, 1}};
    QCOMPARE(arcsOf(*m_db, m_filter), unmet);
}

void TestDerivedInteractions::hotSeatAdviceComesFromPresentMembers()
{
    exec(u"INSERT INTO mastermind_group (id, community_id, name) VALUES (1, 1, 'Circle')"_s);
    exec(u"INSERT INTO mastermind_member (group_id, person_id) VALUES (1,1),(1,2),(1,3),(1,4)"_s);
    exec(
        u"INSERT INTO rotation_plan (id, kind, mastermind_group_id, created) VALUES (1, 'hot-seat', 1, '2026-01-01')"_s);
    // Ann held her seat on 3 March with Di away that week; Bo's seat of 10 March is only planned.
    exec(u"INSERT INTO rotation_seat (plan_id, meeting_date, slot, person_id, origin, status) VALUES "
         "(1,'2026-03-03',1,1,'held','done'),(1,'2026-03-10',1,2,'generated','planned')"_s);
    exec(u"INSERT INTO absence (person_id, from_date, to_date) VALUES (4, '2026-03-01', '2026-03-07')"_s);
    m_filter.kinds = {u"hot-seat-advice"_s};
    const QList<Arc> expected = {{2, 1, 1.0, 1}, {3, 1, 1.0, 1}};
    QCOMPARE(arcsOf(*m_db, m_filter), expected);

    exec(u"UPDATE rotation_seat SET status = 'done' WHERE person_id = 2"_s);
    QCOMPARE(arcsOf(*m_db, m_filter).size(), 5); // Ann, Cy and Di (back by then) advised Bo
}

void TestDerivedInteractions::kindsAndPlatformsSwitchThemOff()
{
    exec(u"INSERT INTO session_attendance (session_id, occurrence_date, person_id, status) VALUES "
         "(1,'2026-03-02',1,'attended'),(1,'2026-03-02',2,'attended')"_s);
    exec(u"INSERT INTO interaction (community_id, source_id, target_id, kind, platform, occurred) VALUES "
         "(1, 3, 4, 'reply', 'slack', '2026-03-02')"_s);
    QCOMPARE(arcsOf(*m_db, m_filter).size(), 2); // everything by default

    m_filter.kinds = {u"reply"_s};
    QCOMPARE(arcsOf(*m_db, m_filter), QList<Arc>({{3, 4, 1.0, 1}}));
    m_filter.kinds.clear();
    m_filter.platforms = {u"slack"_s};
    QCOMPARE(arcsOf(*m_db, m_filter), QList<Arc>({{3, 4, 1.0, 1}}));
    m_filter.platforms = {u"steward"_s};
    QCOMPARE(arcsOf(*m_db, m_filter), QList<Arc>({{1, 2, 1.0, 1}}));
    QVERIFY(DerivedInteractions::admittedBy(m_filter));
    m_filter.platforms.clear();
    m_filter.kinds = {u"mention"_s, u"survey"_s};
    QVERIFY(!DerivedInteractions::admittedBy(m_filter));
}

void TestDerivedInteractions::windowAppliesToDerivedTies()
{
    exec(u"INSERT INTO session_attendance (session_id, occurrence_date, person_id, status) VALUES "
         "(1,'2026-03-02',1,'attended'),(1,'2026-03-02',2,'attended'),"
         "(1,'2026-03-09',2,'attended'),(1,'2026-03-09',3,'attended')"_s);
    m_filter.from = QDate(2026, 3, 3);
    QCOMPARE(arcsOf(*m_db, m_filter), QList<Arc>({{2, 3, 1.0, 1}}));
    m_filter.from = {};
    m_filter.to = QDate(2026, 3, 2);
    QCOMPARE(arcsOf(*m_db, m_filter), QList<Arc>({{1, 2, 1.0, 1}}));
}

void TestDerivedInteractions::otherCommunitiesSeeNothing()
{
    exec(u"INSERT INTO session_attendance (session_id, occurrence_date, person_id, status) VALUES "
         "(1,'2026-03-02',1,'attended'),(1,'2026-03-02',2,'attended')"_s);
    m_filter.communityId = 2;
    QVERIFY(arcsOf(*m_db, m_filter).isEmpty());
    auto network = NetworkSource::load(*m_db, m_filter);
    QVERIFY2(network, qPrintable(network.errorString()));
    QCOMPARE(network->nodeCount(), 1);
}

void TestDerivedInteractions::sampleNetworkIncludesSessions()
{
    auto opened = Database::open(m_dir->filePath(u"sample.db"_s));
    QVERIFY2(opened, qPrintable(opened.errorString()));
    Database& db = **opened;
    QVERIFY(SampleCommunity::create(db, SampleCommunity::kDefaultSeed, test::fixedClock()));
    auto guild = CommunityRepository(db).findByName(u"Site Reliability Guild"_s);
    QVERIFY(guild && guild->has_value());

    InteractionFilter filter;
    filter.communityId = (*guild)->id;
    filter.kinds = {u"co-attendance"_s};
    const QList<Arc> coAttendance = arcsOf(db, filter);
    QVERIFY(!coAttendance.isEmpty());
    for (const auto& [source, target, weight, count] : coAttendance) {
        QVERIFY(source < target);
        QVERIFY(weight > 0 && weight <= count);
    }
    filter.kinds = {u"reply"_s, u"mention"_s};
    auto talk = NetworkSource::load(db, filter);
    filter.kinds.clear();
    auto everything = NetworkSource::load(db, filter);
    QVERIFY(talk && everything);
    QCOMPARE(everything->nodeCount(), talk->nodeCount()); // the same members, more ties
    QVERIFY(everything->ties().size() > talk->ties().size());
}

QTEST_GUILESS_MAIN(TestDerivedInteractions)
#include "TestDerivedInteractions.moc"
