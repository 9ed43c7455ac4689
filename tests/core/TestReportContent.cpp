// SPDX-License-Identifier: GPL-3.0-or-later
// Report content on the sample: every section of the community health report is there (absent data
// said in one line), the figures agree with the database, pseudonyms hide every name and stay stable,
// small groups are suppressed, confidential notes appear only when asked for, and the HTML is
// well-formed with names escaped.
#include "TestWorkspace.h"
#include "demo/SampleCommunity.h"
#include "report/CommunityHealthReport.h"
#include "report/MastermindSummaryReport.h"
#include "report/NetworkReport.h"
#include "report/PersonNames.h"
#include "report/ReportHtml.h"
#include "report/SmallGroupSuppression.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/GoalRepository.h"
#include "storage/MastermindRepository.h"
#include "storage/SqlQuery.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

const QString kGuild = u"Site Reliability Guild"_s;

ReportOptions sampleOptions()
{
    ReportOptions options;
    options.from = QDate(2026, 5, 3);
    options.to = QDate(2026, 11, 2);
    return options;
}

QStringList headings(const ReportContent& content)
{
    QStringList out;
    for (const ReportSection& s : content.sections)
        out << s.heading;
    return out;
}

int scalar(const Database& db, const QString& sql, const QVariantList& values = {})
{
    auto q = runQuery(db.connection(), sql, values);
    return q && q->next() ? q->value(0).toInt() : -1;
}

} // namespace

class TestReportContent : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void healthReportHasEverySection();
    void healthReportFiguresMatchTheDatabase();
    void absentDataIsSaidInOneLine();
    void pseudonymsHideNamesAndStayStable();
    void smallGroupsAreSuppressed_data();
    void smallGroupsAreSuppressed();
    void reportSuppressesSmallTeams();
    void confidentialNotesOnlyWhenAsked();
    void htmlIsWellFormedAndEscaped();
    void networkReportHasMetrics();
    void unknownCommunityIsAClearFailure();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestReportContent::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(u"sample.steward"_s));
    QVERIFY2(db, qPrintable(db.errorString()));
    m_db = std::move(*db);
    auto sample = SampleCommunity::create(*m_db, SampleCommunity::kDefaultSeed, test::fixedClock());
    QVERIFY2(sample, qPrintable(sample.errorString()));
}

void TestReportContent::healthReportHasEverySection()
{
    auto content = CommunityHealthReport::build(*m_db, kGuild, sampleOptions(), test::fixedClock());
    QVERIFY2(content, qPrintable(content.errorString()));
    QCOMPARE(content->subtitle, kGuild);
    QVERIFY(content->cover);
    QCOMPARE(content->generated, test::fixedNow());
    const QStringList expected{u"Summary"_s,
                               u"Participation levels and movement"_s,
                               u"Sessions and attendance"_s,
                               u"Micro-teach and hot-seat coverage"_s,
                               u"Artefacts and reviews"_s,
                               u"Recognition"_s,
                               u"Network summary"_s,
                               u"Before and after interventions"_s,
                               u"Outcome overlay"_s,
                               u"Appendix: members"_s};
    QCOMPARE(headings(*content), expected);
    // The sample's SRE intervention (2026-07-22) lies in the period: its before/after is shown.
    QVERIFY(content->plainText().contains(u"Weekly incident retro for all teams"_s));
}

void TestReportContent::healthReportFiguresMatchTheDatabase()
{
    auto content = CommunityHealthReport::build(*m_db, kGuild, sampleOptions(), test::fixedClock());
    QVERIFY(content);
    const int members = scalar(*m_db,
                               u"SELECT count(*) FROM membership m JOIN community c ON c.id = m.community_id "
                               "WHERE c.name = ? AND (m.joined IS NULL OR m.joined <= '2026-11-02') "
                               "AND (m.left_on IS NULL OR m.left_on > '2026-11-02')"_s,
                               {kGuild});
    QVERIFY(members > 0);
    const ReportSection& participation = content->sections.at(1);
    bool found = false;
    for (const ReportBlock& b : participation.blocks) {
        if (b.kind == ReportBlock::Kind::Table && b.table.rows.last().first() == u"All members"_s) {
            QCOMPARE(b.table.rows.last().at(2).toInt(), members);
            found = true;
        }
    }
    QVERIFY(found);
    // Meetings held: occurrences of the guild's sessions with attendance in the period.
    const int held = scalar(*m_db,
                            u"SELECT count(*) FROM (SELECT DISTINCT a.session_id, a.occurrence_date FROM "
                            "session_attendance a JOIN session s ON s.id = a.session_id JOIN community c ON c.id = "
                            "s.community_id WHERE c.name = ? AND a.occurrence_date BETWEEN '2026-05-03' AND "
                            "'2026-11-02')"_s,
                            {kGuild});
    QVERIFY(held > 0);
    const ReportBlock& figures = content->sections.at(2).blocks.first();
    QCOMPARE(figures.kind, ReportBlock::Kind::Figures);
    QCOMPARE(figures.figures.first().value, QString::number(held));
}

void TestReportContent::absentDataIsSaidInOneLine()
{
    // A community with no records at all: every section after participation says so in one line.
    Community empty;
    empty.name = u"Empty Practice"_s;
    QVERIFY(CommunityRepository(*m_db).add(empty));
    auto content = CommunityHealthReport::build(*m_db, empty.name, sampleOptions(), test::fixedClock());
    QVERIFY2(content, qPrintable(content.errorString()));
    QCOMPARE(content->sections.size(), 10);
    for (int index = 2; index < content->sections.size(); ++index) {
        const ReportSection& s = content->sections.at(index);
        bool allAbsent = !s.blocks.isEmpty();
        for (const ReportBlock& b : s.blocks)
            allAbsent = allAbsent && b.kind == ReportBlock::Kind::Absent && !b.text.contains(u'\n');
        QVERIFY2(allAbsent, qPrintable(s.heading));
    }
}

void TestReportContent::pseudonymsHideNamesAndStayStable()
{
    ReportOptions options = sampleOptions();
    options.pseudonymise = true;
    auto content = CommunityHealthReport::build(*m_db, kGuild, options, test::fixedClock());
    QVERIFY(content);
    const QString text = content->plainText();
    auto q = runQuery(m_db->connection(), u"SELECT name FROM person"_s);
    QVERIFY(q);
    int checked = 0;
    while (q->next()) {
        QVERIFY2(!text.contains(q->value(0).toString()), qPrintable(q->value(0).toString()));
        ++checked;
    }
    QCOMPARE(checked, 120);
    const QRegularExpression code(u"P-[0-9A-Z]{4,6}"_s);
    QVERIFY(code.match(text).hasMatch());
    // Every broker's code appears again in the appendix: the same person, the same code.
    QStringList brokers;
    for (const ReportBlock& b : content->sections.at(6).blocks) {
        if (b.kind == ReportBlock::Kind::Table && b.table.header.contains(u"Betweenness"_s))
            for (const QStringList& row : b.table.rows)
                brokers << row.first();
    }
    QVERIFY(!brokers.isEmpty());
    QString appendix;
    for (const QStringList& row : content->sections.last().blocks.last().table.rows)
        appendix += row.first() + u'\n';
    for (const QString& broker : std::as_const(brokers))
        QVERIFY2(appendix.contains(broker), qPrintable(broker));
    auto again = PersonNames::pseudonymised(*m_db, {});
    auto other = PersonNames::pseudonymised(*m_db, "another key");
    QVERIFY(again && other);
    QCOMPARE(again->display(1, u"x"_s), again->display(1, u"y"_s));
    QVERIFY(again->display(1, {}) != other->display(1, {}));
}

void TestReportContent::smallGroupsAreSuppressed_data()
{
    QTest::addColumn<QList<int>>("sizes");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<int>("rowsLeft");
    QTest::addColumn<QString>("mergedCount");
    QTest::addRow("none small") << QList<int>{5, 9} << 5 << 2 << QString();
    QTest::addRow("two small reach five together") << QList<int>{2, 3, 7} << 5 << 2 << u"5"_s;
    QTest::addRow("one small stays hidden") << QList<int>{4, 12} << 5 << 2 << u"under 5"_s;
    QTest::addRow("all small") << QList<int>{1, 1, 1} << 5 << 1 << u"under 5"_s;
}

void TestReportContent::smallGroupsAreSuppressed()
{
    QFETCH(QList<int>, sizes);
    QFETCH(int, minimum);
    QFETCH(int, rowsLeft);
    QFETCH(QString, mergedCount);
    ReportTable table;
    table.header = {u"Team"_s, u"People"_s, u"Share"_s};
    for (int i = 0; i < sizes.size(); ++i)
        table.rows << QStringList{u"Team %1"_s.arg(i), QString::number(sizes.at(i)), u"42%"_s};
    SmallGroupSuppression::apply(table, 1, minimum);
    QCOMPARE(table.rows.size(), rowsLeft);
    for (const QStringList& row : std::as_const(table.rows)) {
        const bool merged = row.at(2) == u"suppressed"_s;
        QVERIFY(merged || row.at(1).toInt() >= minimum);
        if (merged)
            QCOMPARE(row.at(1), mergedCount);
    }
}

void TestReportContent::reportSuppressesSmallTeams()
{
    ReportOptions options = sampleOptions();
    options.minGroupSize = 1;
    auto open = CommunityHealthReport::build(*m_db, kGuild, options, test::fixedClock());
    options.minGroupSize = 1000;
    auto closed = CommunityHealthReport::build(*m_db, kGuild, options, test::fixedClock());
    QVERIFY(open && closed);
    auto teamRows = [](const ReportContent& c) {
        QList<QStringList> rows;
        for (const ReportBlock& b : c.sections.at(1).blocks)
            if (b.kind == ReportBlock::Kind::Table && b.table.header.first() == u"Team"_s)
                rows = b.table.rows;
        return rows;
    };
    QVERIFY(teamRows(*open).size() > 1);
    for (const QStringList& row : teamRows(*open))
        QVERIFY(!row.contains(u"suppressed"_s));
    QCOMPARE(teamRows(*closed).size(), 1);
    QCOMPARE(teamRows(*closed).first().at(2), u"suppressed"_s);
}

void TestReportContent::confidentialNotesOnlyWhenAsked()
{
    auto groups = MastermindRepository(*m_db).findByName(u"Incident Commanders Circle"_s);
    QVERIFY(groups && groups->size() == 1);
    const MastermindGroup group = groups->first();
    GoalRepository goals(*m_db);
    Goal goal;
    goal.groupId = group.id;
    goal.personId = group.members.first().personId;
    goal.text = u"Run a game day for the payments failover"_s;
    goal.created = QDate(2026, 6, 1);
    auto goalId = goals.add(goal);
    QVERIFY2(goalId, qPrintable(goalId.errorString()));
    CheckIn checkIn;
    checkIn.goalId = *goalId;
    checkIn.meetingDate = QDate(2026, 9, 8);
    checkIn.progress = 60;
    checkIn.note = u"Scheduled with the payments team"_s;
    checkIn.confidentialNote = u"Worried about my manager's support"_s;
    QVERIFY(goals.saveCheckIn(checkIn));
    ReportOptions options = sampleOptions();
    auto without = MastermindSummaryReport::build(*m_db, group.name, options, test::fixedClock());
    options.includeConfidential = true;
    auto with = MastermindSummaryReport::build(*m_db, group.name, options, test::fixedClock());
    QVERIFY(without && with);
    QVERIFY(without->plainText().contains(u"Scheduled with the payments team"_s));
    QVERIFY(!without->plainText().contains(u"manager's support"_s));
    QVERIFY(!QString::fromUtf8(ReportHtml::write(*without)).contains(u"manager"_s));
    QVERIFY(with->plainText().contains(u"Worried about my manager's support"_s));
    QVERIFY(with->plainText().contains(u"60%"_s));
}

void TestReportContent::htmlIsWellFormedAndEscaped()
{
    QVERIFY(runQuery(m_db->connection(),
                     u"UPDATE person SET name = '<b>Eve</b> & co' WHERE id = (SELECT m.person_id FROM membership m "
                     "JOIN community c ON c.id = m.community_id WHERE c.name = ? ORDER BY m.person_id LIMIT 1)"_s,
                     {kGuild}));
    auto content = CommunityHealthReport::build(*m_db, kGuild, sampleOptions(), test::fixedClock());
    QVERIFY(content);
    const QByteArray html = ReportHtml::write(*content);
    QXmlStreamReader reader(html);
    int elements = 0;
    bool sawName = false;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement) {
            ++elements;
            QVERIFY2(reader.name() != u"b"_s || reader.readElementText() != u"Eve"_s, "name became markup");
        }
        if (reader.isCharacters() && reader.text().contains(u"<b>Eve</b> & co"_s))
            sawName = true;
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QVERIFY(elements > 100);
    QVERIFY(sawName);
    QVERIFY(html.contains("&lt;b&gt;Eve&lt;/b&gt; &amp; co"));
}

void TestReportContent::networkReportHasMetrics()
{
    auto content = NetworkReport::build(*m_db, kGuild, sampleOptions(), test::fixedClock());
    QVERIFY2(content, qPrintable(content.errorString()));
    const ReportSection& metrics = content->sections.last();
    QCOMPARE(metrics.heading, u"Metrics per person"_s);
    const int people = scalar(*m_db,
                              u"SELECT count(*) FROM membership m JOIN community c ON c.id = m.community_id "
                              "WHERE c.name = ?"_s,
                              {kGuild});
    QVERIFY(metrics.blocks.first().table.rows.size() >= people - 5);
}

void TestReportContent::unknownCommunityIsAClearFailure()
{
    auto content = CommunityHealthReport::build(*m_db, u"Nobody's Guild"_s, sampleOptions(), test::fixedClock());
    QVERIFY(!content);
    QCOMPARE(content.errorString(), u"no community named 'Nobody's Guild'"_s);
    ReportOptions backwards = sampleOptions();
    backwards.from = QDate(2026, 12, 1);
    QVERIFY(!CommunityHealthReport::build(*m_db, kGuild, backwards, test::fixedClock()));
}

QTEST_GUILESS_MAIN(TestReportContent)
#include "TestReportContent.moc"
