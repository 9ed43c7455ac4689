// SPDX-License-Identifier: GPL-3.0-or-later
// Interactions in the database: schema 4, the all-or-nothing CSV import as one batch, undoing a batch,
// and building a community's network for a window, kinds, platforms and channels.
#include "TestWorkspace.h"
#include "demo/SampleCommunity.h"
#include "import/InteractionCsvImport.h"
#include "network/NetworkComparison.h"
#include "network/NetworkSource.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/ImportBatchRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/InterventionRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/OutcomeRepository.h"
#include "storage/PersonRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

Person person(const QString& name, const QString& email = {}, const QString& team = {})
{
    Person p;
    p.name = name;
    p.email = email;
    p.team = team;
    return p;
}

} // namespace

class TestNetworkStorage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void schemaHasTheNetworkTables();
    void importsOneBatch();
    void normalizesTimestamps_data();
    void normalizesTimestamps();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void undoRemovesWhatTheBatchBrought();
    void undoKeepsPeopleUsedSince();
    void networkForAWindowAndFilters();
    void membershipDecidesWhoIsInTheWindow();
    void interventionsAreUniquePerCommunity();
    void sampleTellsItsStory();

private:
    Result<InteractionImportSummary> import(const QByteArray& csv, const QString& community = u"Guild"_s);
    qint64 count(const QString& table) const;
    qint64 idOf(const QString& name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_community = 0;
};

void TestNetworkStorage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"network.db"_s));
    QVERIFY2(db, qPrintable(db.errorString()));
    m_db = std::move(*db);
    PersonRepository people(*m_db);
    for (const Person& p : {person(u"Ada Lovelace"_s, u"ada@example.org"_s, u"Analytics"_s),
                            person(u"Grace Hopper"_s, {}, u"Compilers"_s),
                            person(u"Sam Twin"_s),
                            person(u"Sam Twin"_s)})
        QVERIFY(people.add(p));
    auto community = CommunityRepository(*m_db).add({0, u"Guild"_s, {}, {}, {}, {}, {}});
    QVERIFY(community);
    m_community = *community;
    QVERIFY(MembershipRepository(*m_db).setLevel(
        m_community, idOf(u"Ada Lovelace"_s), ParticipationLevel::Core, QDate(2026, 1, 1), u"founder"_s));
}

void TestNetworkStorage::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Result<InteractionImportSummary> TestNetworkStorage::import(const QByteArray& csv, const QString& community)
{
    return InteractionCsvImport(*m_db, test::fixedClock()).importData(csv, u"talk.csv"_s, community);
}

qint64 TestNetworkStorage::count(const QString& table) const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next())
        qFatal("cannot count %s", qPrintable(table));
    return query.value(0).toLongLong();
}

qint64 TestNetworkStorage::idOf(const QString& name) const
{
    auto found = PersonRepository(*m_db).findByName(name);
    return found && found->size() == 1 ? found->constFirst().id : 0;
}

void TestNetworkStorage::schemaHasTheNetworkTables()
{
    QVERIFY(Database::currentSchemaVersion() >= 4);
    for (const QString& table :
         {u"interaction"_s, u"intervention"_s, u"outcome"_s, u"import_batch"_s, u"import_batch_person"_s})
        QCOMPARE(count(table), 0);
}

void TestNetworkStorage::importsOneBatch()
{
    auto summary = import("Source,TARGET,weight,timestamp,kind,channel,note\n"
                          "Ada Lovelace,Grace Hopper,2,2026-03-01,reply,#guild,x\n"
                          "ada@example.org,New Person,,2026-03-02T10:00:00+02:00,Mention,,\n"
                          "Grace Hopper,Grace Hopper,1,,,,\n"
                          "newcomer@example.org,Ada Lovelace,0.5,2026-03-03 09:15,review,#guild,\n");
    QVERIFY2(summary, qPrintable(summary.errorString()));
    QCOMPARE(summary->rows, 4);
    QCOMPARE(summary->newPeople, 2);
    QCOMPARE(summary->joinedMembers, 1); // Grace; Ada was a member already
    QCOMPARE(summary->selfInteractions, 1);
    QCOMPARE(summary->ignoredColumns, QStringList{u"note"_s});
    QVERIFY(summary->batchId > 0);
    auto interactions = InteractionRepository(*m_db).forCommunity(m_community);
    QVERIFY(interactions);
    QCOMPARE(interactions->size(), 4);
    const Interaction& first = interactions->at(0);
    QCOMPARE(first.sourceId, idOf(u"Ada Lovelace"_s));
    QCOMPARE(first.targetId, idOf(u"Grace Hopper"_s));
    QCOMPARE(first.weight, 2.0);
    QCOMPARE(first.occurred, u"2026-03-01"_s);
    QCOMPARE(first.kind, u"reply"_s);
    QCOMPARE(first.platform, u"manual"_s);
    QCOMPARE(first.channel, u"#guild"_s);
    QCOMPARE(first.batchId, summary->batchId);
    QCOMPARE(interactions->at(1).occurred, u"2026-03-02T08:00:00Z"_s);
    QCOMPARE(interactions->at(1).kind, u"mention"_s);
    QCOMPARE(interactions->at(1).weight, 1.0);
    QCOMPARE(interactions->at(2).occurred, u"2026-03-03T09:15:00Z"_s);
    QVERIFY(interactions->at(3).occurred.isEmpty());
    QCOMPARE(idOf(u"New Person"_s) > 0, true);
    auto newcomer = PersonRepository(*m_db).findByEmail(u"newcomer@example.org"_s);
    QVERIFY(newcomer && newcomer->has_value());
    auto members = MembershipRepository(*m_db).membersOf(m_community);
    QVERIFY(members);
    QCOMPARE(members->size(), 4);
    for (const Member& m : std::as_const(*members)) {
        if (m.personName != u"Ada Lovelace"_s)
            QCOMPARE(m.membership.level, ParticipationLevel::Observer);
    }
    auto batch = ImportBatchRepository(*m_db).find(summary->batchId);
    QVERIFY(batch && batch->has_value());
    QCOMPARE((*batch)->rows, 4);
    QCOMPARE((*batch)->file, u"talk.csv"_s);
    QCOMPARE((*batch)->communityId, m_community);
    QCOMPARE((*batch)->importedAt, test::fixedNow());
}

void TestNetworkStorage::normalizesTimestamps_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("stored");
    QTest::addRow("day") << u"2026-03-01"_s << u"2026-03-01"_s;
    QTest::addRow("UTC instant") << u"2026-03-01T10:20:30Z"_s << u"2026-03-01T10:20:30Z"_s;
    QTest::addRow("offset") << u"2026-03-01T01:00:00+02:00"_s << u"2026-02-28T23:00:00Z"_s;
    QTest::addRow("no offset is UTC") << u"2026-03-01T10:20"_s << u"2026-03-01T10:20:00Z"_s;
    QTest::addRow("space instead of T") << u"2026-03-01 10:20:30"_s << u"2026-03-01T10:20:30Z"_s;
    QTest::addRow("not a day") << u"2026-02-30"_s << QString();
    QTest::addRow("not ISO") << u"01/03/2026"_s << QString();
    QTest::addRow("words") << u"yesterday"_s << QString();
}

void TestNetworkStorage::normalizesTimestamps()
{
    QFETCH(QString, cell);
    QFETCH(QString, stored);
    QCOMPARE(InteractionCsvImport::normalizedTimestamp(cell), stored);
}

void TestNetworkStorage::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    QTest::addRow("empty file") << QByteArray() << u"talk.csv:1: the file is empty"_s;
    QTest::addRow("no target column") << QByteArray("source,weight\nAda Lovelace,1\n")
                                      << u"talk.csv:1: the header needs 'source' and 'target' columns"_s;
    QTest::addRow("no rows") << QByteArray("source,target\n") << u"talk.csv:1: the file has no interactions"_s;
    QTest::addRow("column twice") << QByteArray("source,target,Target\n")
                                  << u"talk.csv:1: the column 'Target' appears twice"_s;
    QTest::addRow("bad weight") << QByteArray("source,target,weight\nAda Lovelace,Grace Hopper,1\nAda "
                                              "Lovelace,Grace Hopper,-2\n")
                                << u"talk.csv:3: weight '-2' is not a positive number"_s;
    QTest::addRow("weight not a number") << QByteArray("source,target,weight\nAda Lovelace,Grace Hopper,lots\n")
                                         << u"talk.csv:2: weight 'lots' is not a positive number"_s;
    QTest::addRow("bad timestamp") << QByteArray("source,target,timestamp\nAda Lovelace,Grace Hopper,2026-13-01\n")
                                   << u"talk.csv:2: timestamp '2026-13-01' is not an ISO-8601 date"_s;
    QTest::addRow("bad kind") << QByteArray("source,target,kind\nAda Lovelace,Grace Hopper,gossip\n")
                              << u"talk.csv:2: kind 'gossip' is not one of: reply, mention"_s;
    QTest::addRow("bad platform") << QByteArray("source,target,platform\nAda Lovelace,Grace Hopper,irc\n")
                                  << u"talk.csv:2: platform 'irc' is not one of: slack"_s;
    QTest::addRow("empty source") << QByteArray("source,target\n,Grace Hopper\n")
                                  << u"talk.csv:2: the source is empty"_s;
    QTest::addRow("ambiguous name") << QByteArray("source,target\nSam Twin,Grace Hopper\n")
                                    << u"talk.csv:2: 2 people are named 'Sam Twin'; use their email"_s;
    QTest::addRow("bad email") << QByteArray("source,target\nAda Lovelace,a@b@c\n")
                               << u"talk.csv:2: 'a@b@c' is not an email address."_s;
    QTest::addRow("short row") << QByteArray("source,target,kind\nAda Lovelace,Grace Hopper\n")
                               << u"talk.csv:2: the row has 2 fields but the header has 3"_s;
    QTest::addRow("unclosed quote") << QByteArray("source,target\n\"Ada Lovelace,Grace Hopper\n") << u"talk.csv:2:"_s;
}

void TestNetworkStorage::rejectsBadInput()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    const qint64 people = count(u"person"_s);
    auto summary = import(csv);
    QVERIFY(!summary);
    QVERIFY2(summary.errorString().startsWith(message), qPrintable(summary.errorString()));
    // All or nothing: not a person, membership, batch or interaction written.
    QCOMPARE(count(u"person"_s), people);
    QCOMPARE(count(u"membership"_s), 1);
    QCOMPARE(count(u"import_batch"_s), 0);
    QCOMPARE(count(u"interaction"_s), 0);
}

void TestNetworkStorage::undoRemovesWhatTheBatchBrought()
{
    auto first = import("source,target\nAda Lovelace,Grace Hopper\n");
    QVERIFY(first);
    const qint64 people = count(u"person"_s);
    auto second = import("source,target,timestamp\nAda Lovelace,Newcomer,2026-03-01\nNewcomer,Grace Hopper,\n");
    QVERIFY(second);
    QCOMPARE(count(u"interaction"_s), 3);
    auto undone = ImportBatchRepository(*m_db).undo(second->batchId);
    QVERIFY2(undone, qPrintable(undone.errorString()));
    QCOMPARE(undone->interactions, 2);
    QCOMPARE(undone->people, 1);
    QCOMPARE(undone->memberships, 1);
    QCOMPARE(undone->keptPeople, 0);
    QCOMPARE(count(u"person"_s), people);
    QCOMPARE(count(u"interaction"_s), 1);
    QCOMPARE(count(u"membership"_s), 2); // Ada, and Grace from the first batch
    QCOMPARE(count(u"import_batch_person"_s), 1);
    auto again = ImportBatchRepository(*m_db).undo(second->batchId);
    QVERIFY(!again);
    QVERIFY2(again.errorString().contains(u"no import batch"_s), qPrintable(again.errorString()));
    // The first batch took Grace in as an observer: undoing it closes that membership too.
    auto firstUndone = ImportBatchRepository(*m_db).undo(first->batchId);
    QVERIFY(firstUndone);
    QCOMPARE(firstUndone->memberships, 1);
    QCOMPARE(firstUndone->people, 0);
    QCOMPARE(count(u"membership"_s), 1);
    QCOMPARE(count(u"person"_s), people);
}

void TestNetworkStorage::undoKeepsPeopleUsedSince()
{
    auto summary = import("source,target\nAda Lovelace,Newcomer\n");
    QVERIFY(summary);
    // The steward promoted the newcomer since: their membership and so the person stay.
    QVERIFY(MembershipRepository(*m_db).setLevel(
        m_community, idOf(u"Newcomer"_s), ParticipationLevel::Active, QDate(2026, 4, 1), u"ran a session"_s));
    auto undone = ImportBatchRepository(*m_db).undo(summary->batchId);
    QVERIFY(undone);
    QCOMPARE(undone->interactions, 1);
    QCOMPARE(undone->memberships, 0);
    QCOMPARE(undone->people, 0);
    QCOMPARE(undone->keptPeople, 1);
    QVERIFY(idOf(u"Newcomer"_s) > 0);
}

void TestNetworkStorage::networkForAWindowAndFilters()
{
    auto summary = import("source,target,weight,timestamp,kind,platform,channel\n"
                          "Ada Lovelace,Grace Hopper,1,2026-02-27,reply,slack,#a\n"
                          "Grace Hopper,Ada Lovelace,2,2026-03-01T00:00:00Z,reply,slack,#a\n"
                          "Ada Lovelace,Grace Hopper,4,2026-03-31T23:59:59Z,mention,slack,#b\n"
                          "Ada Lovelace,Bo,8,2026-04-01,review,github,\n"
                          "Bo,Grace Hopper,16,,survey,survey,\n"
                          "Bo,Bo,32,2026-03-10,manual,manual,\n");
    QVERIFY2(summary, qPrintable(summary.errorString()));
    auto tieWeight = [this](const InteractionFilter& filter) {
        auto network = NetworkSource::load(*m_db, filter);
        if (!network)
            qFatal("%s", qPrintable(network.errorString()));
        double total = 0;
        for (const NetworkTie& tie : network->ties())
            total += tie.weight;
        return total;
    };
    InteractionFilter filter;
    filter.communityId = m_community;
    QCOMPARE(tieWeight(filter), 31.0); // everything but the self-interaction
    filter.from = QDate(2026, 3, 1);
    filter.to = QDate(2026, 3, 31);
    QCOMPARE(tieWeight(filter), 6.0); // both days included; no time means not in any window
    filter.to = QDate();
    QCOMPARE(tieWeight(filter), 14.0);
    filter.from = QDate();
    filter.kinds = QStringList{u"reply"_s};
    QCOMPARE(tieWeight(filter), 3.0);
    filter.kinds.clear();
    filter.platforms = QStringList{u"github"_s, u"survey"_s};
    QCOMPARE(tieWeight(filter), 24.0);
    filter.platforms.clear();
    filter.channels = QStringList{u"#b"_s};
    QCOMPARE(tieWeight(filter), 4.0);

    filter.channels.clear();
    auto network = NetworkSource::load(*m_db, filter);
    QVERIFY(network);
    QCOMPARE(network->nodeCount(), 3);
    // Ada-Grace: three interactions in both directions make one tie of weight 7.
    const NetworkTie& adaGrace = network->ties().constFirst();
    QCOMPARE(network->nodes().at(adaGrace.from).name, u"Ada Lovelace"_s);
    QCOMPARE(adaGrace.weight, 7.0);
    QCOMPARE(adaGrace.interactions, 3);
    QCOMPARE(network->arcs().size(), 4);
    QCOMPARE(network->nodes().at(0).level, std::optional(ParticipationLevel::Core));
}

void TestNetworkStorage::membershipDecidesWhoIsInTheWindow()
{
    MembershipRepository memberships(*m_db);
    // Grace joined in May; Ada has been a member since January.
    QVERIFY(
        memberships.setLevel(m_community, idOf(u"Grace Hopper"_s), ParticipationLevel::Active, QDate(2026, 5, 1), {}));
    InteractionFilter filter;
    filter.communityId = m_community;
    filter.from = QDate(2026, 2, 1);
    filter.to = QDate(2026, 2, 28);
    auto february = NetworkSource::load(*m_db, filter);
    QVERIFY(february);
    QCOMPARE(february->nodeCount(), 1); // Ada alone: Grace was not a member yet
    filter.to = QDate(2026, 6, 30);
    auto spring = NetworkSource::load(*m_db, filter);
    QVERIFY(spring);
    QCOMPARE(spring->nodeCount(), 2);
    QCOMPARE(spring->ties().size(), 0);
}

void TestNetworkStorage::interventionsAreUniquePerCommunity()
{
    InterventionRepository interventions(*m_db);
    auto id = interventions.add({0, m_community, u"Launch"_s, QDate(2026, 3, 1), u"launched the guild"_s});
    QVERIFY2(id, qPrintable(id.errorString()));
    auto twice = interventions.add({0, m_community, u"launch"_s, QDate(2026, 4, 1), {}});
    QVERIFY(!twice);
    QVERIFY(!interventions.add({0, m_community, u"No date"_s, QDate(), {}}));
    auto found = interventions.findByName(m_community, u"LAUNCH"_s);
    QVERIFY(found && found->has_value());
    QCOMPARE((*found)->date, QDate(2026, 3, 1));
    QCOMPARE(interventions.forCommunity(m_community)->size(), 1);
}

void TestNetworkStorage::sampleTellsItsStory()
{
    auto opened = Database::open(m_dir->filePath(u"sample.db"_s));
    QVERIFY(opened);
    Database& db = **opened;
    QVERIFY(SampleCommunity::create(db, SampleCommunity::kDefaultSeed, test::fixedClock()));
    auto guild = CommunityRepository(db).findByName(u"Site Reliability Guild"_s);
    QVERIFY(guild && guild->has_value());
    const qint64 id = (*guild)->id;
    QVERIFY(*InteractionRepository(db).count(id) > 300);
    auto interventions = InterventionRepository(db).forCommunity(id);
    QVERIFY(interventions && interventions->size() == 1);
    const QDate at = interventions->constFirst().date;
    QVERIFY(at < test::fixedNow().date().addDays(-90));
    QVERIFY(!OutcomeRepository(db).all()->isEmpty());

    InteractionFilter filter;
    filter.communityId = id;
    auto comparison = NetworkComparison::compare(db, filter, at, 90, {});
    QVERIFY2(comparison, qPrintable(comparison.errorString()));
    const GraphMetrics& before = comparison->before.metrics.graph;
    const GraphMetrics& after = comparison->after.metrics.graph;
    // After the intervention ties cross teams more, the network is denser, new brokers appear and
    // people move toward the core.
    QVERIFY2(*after.crossTeamShare > *before.crossTeamShare + 0.05,
             qPrintable(u"%1 -> %2"_s.arg(*before.crossTeamShare).arg(*after.crossTeamShare)));
    QVERIFY(after.density > before.density);
    QVERIFY(!comparison->newBrokers.isEmpty());
    QVERIFY(comparison->towardCore.size() > comparison->towardEdge.size());

    // Before it, one steward gave most of the channel's answers.
    filter.from = at.addDays(-90);
    filter.to = at.addDays(-1);
    auto network = NetworkSource::load(db, filter);
    auto answers = InteractionRepository(db).channelAnswers(filter);
    QVERIFY(network && answers);
    auto metrics = NetworkAnalysis::analyse(*network);
    QVERIFY(metrics);
    const Findings findings = NetworkFindings::find(*network, *metrics, *answers);
    QVERIFY(!findings.answerConcentration.isEmpty());
    QCOMPARE(findings.answerConcentration.constFirst().channel, (*guild)->channel);
}

QTEST_GUILESS_MAIN(TestNetworkStorage)
#include "TestNetworkStorage.moc"
