// SPDX-License-Identifier: GPL-3.0-or-later
// Activity imports (issue 7): each format's fixture imports as one batch with the shared rules, people are
// matched by external id, email and normalised name, undo and dry run and cancel leave nothing, and every
// kind of hostile or broken input is refused with a message naming the entry while the database stays
// exactly as it was.
#include "TestWorkspace.h"
#include "import/activity/ActivityImporter.h"
#include "import/activity/PersonMatcher.h"
#include "import/activity/SafeZipReader.h"
#include "import/activity/WindowedFileReader.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/ImportBatchRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

struct ZipEntry
{
    QString name;
    QByteArray data;
    quint32 externalAttr = 0;
    const char* password = nullptr;
};

quint32 crc32Of(const QByteArray& data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char byte : data) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

/** Writes a ZIP with QuaZip, entry by entry, as hostile as the entries say. */
void writeZip(const QString& path, const QList<ZipEntry>& entries)
{
    QuaZip zip(path);
    QVERIFY(zip.open(QuaZip::mdCreate));
    for (const ZipEntry& entry : entries) {
        QuaZipNewInfo info(entry.name);
        if (entry.externalAttr)
            info.externalAttr = entry.externalAttr;
        QuaZipFile file(&zip);
        QVERIFY(file.open(QIODevice::WriteOnly, info, entry.password, entry.password ? crc32Of(entry.data) : 0));
        QCOMPARE(file.write(entry.data), entry.data.size());
        file.close();
        QCOMPARE(file.getZipError(), 0);
    }
    zip.close();
    QCOMPARE(zip.getZipError(), 0);
}

/** The Slack fixture folder as ZIP entries (names relative to it). */
QList<ZipEntry> slackFixture()
{
    const QDir root(test::testDataPath(u"import/slack"_s));
    QList<ZipEntry> entries;
    QDirIterator it(root.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            entries.append({root.relativeFilePath(file.fileName()), file.readAll()});
    }
    std::sort(entries.begin(), entries.end(), [](const ZipEntry& a, const ZipEntry& b) { return a.name < b.name; });
    return entries;
}

Person person(const QString& name, const QString& email = {})
{
    Person p;
    p.name = name;
    p.email = email;
    return p;
}

/** A Slack export of several chunks' worth of ties: `days` day files of `perDay` messages, each a mention. */
QList<ZipEntry> bulkSlack(int days, int perDay, const QByteArray& lastDay = {})
{
    QByteArray users = "[";
    for (int u = 0; u < 40; ++u)
        users += QStringLiteral(R"(%1{"id":"UB%2","name":"bulk%2"})").arg(u ? u","_s : QString()).arg(u).toUtf8();
    QList<ZipEntry> entries{{u"users.json"_s, users + ']'}, {u"channels.json"_s, R"([{"id":"C1","name":"bulk"}])"}};
    for (int d = 0; d < days; ++d) {
        const QDate day = QDate(2026, 1, 1).addDays(d);
        const qint64 midnight = day.startOfDay(Qt::UTC).toSecsSinceEpoch();
        QByteArray messages = "[";
        for (int i = 0; i < perDay; ++i)
            messages += QStringLiteral(R"(%1{"type":"message","user":"UB%2","text":"see <@UB%3>","ts":"%4.000100"})")
                            .arg(i ? u","_s : QString())
                            .arg(i % 40)
                            .arg((i * 7 + d + 1) % 40 == i % 40 ? (i + 1) % 40 : (i * 7 + d + 1) % 40)
                            .arg(midnight + i)
                            .toUtf8();
        const bool last = d == days - 1 && !lastDay.isNull();
        entries.append({u"bulk/%1.json"_s.arg(day.toString(Qt::ISODate)), last ? lastDay : messages + ']'});
    }
    return entries;
}

/** Cancels once the import reported progress `reports` times. */
class CancelAfter : public Progress
{
public:
    explicit CancelAfter(int reports)
        : m_left(reports)
    {
    }
    void report(qint64, qint64 total, const QString&) override
    {
        if (total > 0)
            --m_left;
    }
    bool isCanceled() const override { return m_left <= 0; }

private:
    int m_left;
};

/** Cancels at the first progress report. */
class CancelAtOnce : public Progress
{
public:
    void report(qint64, qint64, const QString&) override { m_reported = true; }
    bool isCanceled() const override { return m_reported; }

private:
    bool m_reported = false;
};

} // namespace

Q_DECLARE_METATYPE(ZipEntry)

class TestActivityImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void slackImportsTheFixture();
    void slackChannelsCanBeChosen();
    void undoTakesEverythingBack();
    void dryRunChangesNothing();
    void cancelLeavesNothing();
    void discordImports();
    void teamsImports();
    void githubReviewsImport();
    void surveyImports();
    void matcherNormalisesNames();
    void badInputLeavesTheDatabaseAlone_data();
    void badInputLeavesTheDatabaseAlone();
    void zipReaderEnforcesItsLimits();
    void bulkImportRebuildsTheIndexes();
    void cancelMidImportLeavesNothing();
    void errorInALateDayLeavesNothing();
    void windowedReaderReadsLikeTheFile();

private:
    Result<ActivityImportSummary> import(ActivityFormat format,
                                         const QString& path,
                                         Progress& progress = Progress::none(),
                                         const QStringList& channels = {},
                                         bool dryRun = false);
    QString slackZip(const QList<ZipEntry>& entries);
    QString writeFile(const QString& name, const QByteArray& data);
    Result<ActivityImportSummary> importBulk(const QString& path, Progress& progress, qint64 rebuildAfter);
    QString snapshot() const;
    QStringList interactionIndexes() const;
    qint64 count(const QString& table) const;
    qint64 idOf(const QString& name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_community = 0;
};

void TestActivityImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"activity.db"_s));
    QVERIFY2(db, qPrintable(db.errorString()));
    m_db = std::move(*db);
    PersonRepository people(*m_db);
    // Anna by email (the export spells it in another case), Ben by name, "Rene" without the accent.
    for (const Person& p :
         {person(u"Anna S."_s, u"anna.schmidt@example.org"_s), person(u"ben okafor"_s), person(u"Rene Dubois"_s)})
        QVERIFY(people.add(p));
    auto community = CommunityRepository(*m_db).add({0, u"Guild"_s, {}, {}, {}, {}, {}});
    QVERIFY(community);
    m_community = *community;
    QVERIFY(MembershipRepository(*m_db).setLevel(
        m_community, idOf(u"ben okafor"_s), ParticipationLevel::Core, QDate(2026, 1, 1), u"founder"_s));
}

void TestActivityImport::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Result<ActivityImportSummary> TestActivityImport::import(
    ActivityFormat format, const QString& path, Progress& progress, const QStringList& channels, bool dryRun)
{
    return ActivityImporter(*m_db, test::fixedClock(), progress).run({format, path, u"Guild"_s, channels, dryRun});
}

Result<ActivityImportSummary>
TestActivityImport::importBulk(const QString& path, Progress& progress, qint64 rebuildAfter)
{
    ActivityImportRequest request{ActivityFormat::Slack, path, u"Guild"_s, {}, false};
    request.rebuildIndexesAfterRows = rebuildAfter;
    return ActivityImporter(*m_db, test::fixedClock(), progress).run(request);
}

QStringList TestActivityImport::interactionIndexes() const
{
    QSqlQuery query(m_db->connection());
    query.exec(u"SELECT name || ': ' || sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'interaction' "
               u"AND sql IS NOT NULL ORDER BY name"_s);
    QStringList indexes;
    while (query.next())
        indexes.append(query.value(0).toString());
    return indexes;
}

QString TestActivityImport::slackZip(const QList<ZipEntry>& entries)
{
    const QString path = m_dir->filePath(u"export.zip"_s);
    QFile::remove(path);
    writeZip(path, entries);
    return path;
}

QString TestActivityImport::writeFile(const QString& name, const QByteArray& data)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// Every row of every table, and the schema with its indexes, so "unchanged" means unchanged.
QString TestActivityImport::snapshot() const
{
    QSqlQuery tables(m_db->connection());
    tables.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"_s);
    QString text;
    QSqlQuery schema(m_db->connection());
    schema.exec(u"SELECT type, name, sql FROM sqlite_schema ORDER BY type, name"_s);
    while (schema.next())
        text +=
            schema.value(0).toString() + u' ' + schema.value(1).toString() + u' ' + schema.value(2).toString() + u'\n';
    while (tables.next()) {
        QSqlQuery rows(m_db->connection());
        rows.exec(u"SELECT * FROM \"%1\""_s.arg(tables.value(0).toString()));
        text += tables.value(0).toString() + u'\n';
        while (rows.next()) {
            for (int c = 0; c < rows.record().count(); ++c)
                text += rows.value(c).toString() + u'|';
            text += u'\n';
        }
    }
    return text;
}

qint64 TestActivityImport::count(const QString& table) const
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next())
        qFatal("cannot count %s", qPrintable(table));
    return query.value(0).toLongLong();
}

qint64 TestActivityImport::idOf(const QString& name) const
{
    auto found = PersonRepository(*m_db).findByName(name);
    return found && found->size() == 1 ? found->constFirst().id : 0;
}

void TestActivityImport::slackImportsTheFixture()
{
    auto summary = import(ActivityFormat::Slack, slackZip(slackFixture()));
    QVERIFY2(summary, qPrintable(summary.errorString()));
    QVERIFY(summary->batchId > 0);
    QCOMPARE(summary->messagesRead, 12);
    QCOMPARE(summary->interactionsCreated, 9);
    QCOMPARE(summary->interactionsByKind.value(u"reply"_s), 4);
    QCOMPARE(summary->interactionsByKind.value(u"mention"_s), 5);
    const QMap<QString, qint64> skipped{{u"bot_message"_s, 1},
                                        {u"deleted_user"_s, 1},
                                        {u"self_tie"_s, 1},
                                        {u"system_message"_s, 2},
                                        {u"tie_to_unknown_user"_s, 1}};
    QCOMPARE(summary->skipped, skipped);
    QCOMPARE(summary->peopleMatched, 2); // Anna by email, Ben by name
    QCOMPARE(summary->peopleCreated, 2); // René (accented, only suggested) and Chiara
    QCOMPARE(summary->channels, QStringList({u"general"_s, u"random"_s}));
    QCOMPARE(count(u"interaction"_s), 9);
    auto anna = PersonRepository(*m_db).find(idOf(u"Anna S."_s));
    QCOMPARE((*anna)->slackId, u"U01ANNA"_s);
    auto unmatched = ImportBatchRepository(*m_db).unmatched();
    QVERIFY(unmatched);
    QCOMPARE(unmatched->size(), 2);
    const qint64 rene = idOf(u"René Dubois"_s);
    QVERIFY(rene > 0);
    for (const UnmatchedPerson& u : std::as_const(*unmatched)) {
        if (u.personId == rene)
            QCOMPARE(u.suggestedPersonId, idOf(u"Rene Dubois"_s));
    }
    // Everyone met is an observer now; Ben stays core.
    auto members = MembershipRepository(*m_db).membersOf(m_community);
    QCOMPARE(members->size(), 4);
    auto ben = MembershipRepository(*m_db).find(idOf(u"ben okafor"_s), m_community);
    QCOMPARE((*ben)->level, ParticipationLevel::Core);
    auto chiara = MembershipRepository(*m_db).find(idOf(u"Chiara Rossi"_s), m_community);
    QCOMPARE((*chiara)->level, ParticipationLevel::Observer);
    QCOMPARE((*chiara)->joined, QDate(2026, 3, 2));
    // The network sees the ties.
    InteractionFilter filter;
    filter.communityId = m_community;
    auto arcs = InteractionRepository(*m_db).arcs(filter);
    QVERIFY(arcs);
    QCOMPARE(arcs->size(), 6); // 9 ties over 6 ordered pairs
}

void TestActivityImport::slackChannelsCanBeChosen()
{
    auto summary = import(ActivityFormat::Slack, slackZip(slackFixture()), Progress::none(), {u"random"_s, u"nope"_s});
    QVERIFY2(summary, qPrintable(summary.errorString()));
    QCOMPARE(summary->messagesRead, 2);
    QCOMPARE(summary->interactionsCreated, 3);
    QVERIFY(summary->warnings.join(u'\n').contains(u"nope"_s));
    auto interactions = InteractionRepository(*m_db).forCommunity(m_community);
    for (const Interaction& i : std::as_const(*interactions))
        QCOMPARE(i.channel, u"random"_s);
}

void TestActivityImport::undoTakesEverythingBack()
{
    const QString before = snapshot();
    auto summary = import(ActivityFormat::Slack, slackZip(slackFixture()));
    QVERIFY2(summary, qPrintable(summary.errorString()));
    QVERIFY(snapshot() != before);
    auto undone = ImportBatchRepository(*m_db).undo(summary->batchId);
    QVERIFY2(undone, qPrintable(undone.errorString()));
    QCOMPARE(undone->interactions, 9);
    QCOMPARE(undone->people, 2);
    QCOMPARE(snapshot(), before); // slack_id taken off Anna again, unmatched flags gone
}

void TestActivityImport::dryRunChangesNothing()
{
    const QString before = snapshot();
    auto summary = import(ActivityFormat::Slack, slackZip(slackFixture()), Progress::none(), {}, true);
    QVERIFY2(summary, qPrintable(summary.errorString()));
    QCOMPARE(summary->batchId, 0);
    QCOMPARE(summary->interactionsCreated, 9);
    QCOMPARE(summary->peopleCreated, 2);
    QCOMPARE(snapshot(), before);
}

void TestActivityImport::cancelLeavesNothing()
{
    const QString before = snapshot();
    CancelAtOnce cancel;
    auto summary = import(ActivityFormat::Slack, slackZip(slackFixture()), cancel);
    QVERIFY(!summary);
    QVERIFY2(summary.errorString().contains(u"cancelled"_s), qPrintable(summary.errorString()));
    QCOMPARE(snapshot(), before);
}

void TestActivityImport::discordImports()
{
    auto summary = import(ActivityFormat::Discord, test::testDataPath(u"import/discord.json"_s));
    QVERIFY2(summary, qPrintable(summary.errorString()));
    QCOMPARE(summary->messagesRead, 6); // the join too: read, then skipped
    QCOMPARE(summary->interactionsCreated, 4);
    QCOMPARE(summary->skipped.value(u"system_message"_s), 1);
    QCOMPARE(summary->skipped.value(u"bot_message"_s), 1);
    QCOMPARE(summary->skipped.value(u"deleted_user"_s), 1);
    QCOMPARE(summary->skipped.value(u"self_tie"_s), 1);
    QCOMPARE(summary->channels, QStringList{u"help"_s});
    QCOMPARE(summary->firstOccurred, u"2026-03-01T09:00:00Z"_s); // 10:00+01:00
    QCOMPARE(summary->peopleMatched, 1);                         // Ben Okafor by name
    QCOMPARE(count(u"person"_s), 5);
}

void TestActivityImport::teamsImports()
{
    auto summary = import(ActivityFormat::Teams, test::testDataPath(u"import/teams.json"_s));
    QVERIFY2(summary, qPrintable(summary.errorString()));
    QCOMPARE(summary->messagesRead, 5);
    QCOMPARE(summary->interactionsCreated, 4);
    QCOMPARE(summary->interactionsByKind.value(u"reply"_s), 2);
    QCOMPARE(summary->interactionsByKind.value(u"mention"_s), 2);
    QCOMPARE(summary->skipped.value(u"system_message"_s), 1);
    QCOMPARE(summary->skipped.value(u"bot_message"_s), 1);
    QCOMPARE(summary->channels, QStringList{u"19:onboarding@thread.tacv2"_s});
    auto ben = PersonRepository(*m_db).find(idOf(u"ben okafor"_s));
    QCOMPARE((*ben)->teamsId, u"8ea0e38b-efb3-4757-924a-5f94061cf8c2"_s);
}

void TestActivityImport::githubReviewsImport()
{
    auto summary = import(ActivityFormat::GithubReviews, test::testDataPath(u"import/github-reviews.json"_s));
    QVERIFY2(summary, qPrintable(summary.errorString()));
    QCOMPARE(summary->interactionsCreated, 4);
    QCOMPARE(summary->interactionsByKind.value(u"review"_s), 4);
    QCOMPARE(summary->skipped.value(u"pending_review"_s), 1);
    QCOMPARE(summary->skipped.value(u"part_of_review"_s), 1);
    QCOMPARE(summary->skipped.value(u"bot_message"_s), 1);
    QCOMPARE(summary->skipped.value(u"self_tie"_s), 1);
    QCOMPARE(summary->skipped.value(u"unknown_user"_s), 1);
    QCOMPARE(summary->peopleCreated, 3); // anna-s, BenOkafor (one account whatever its case), chiara-r
    QCOMPARE(summary->channels, QStringList{u"example/handbook"_s});
}

void TestActivityImport::surveyImports()
{
    auto summary = import(ActivityFormat::Survey, test::testDataPath(u"import/survey.csv"_s));
    QVERIFY2(summary, qPrintable(summary.errorString()));
    QCOMPARE(summary->interactionsCreated, 4);
    QCOMPARE(summary->skipped.value(u"self_tie"_s), 1);
    QCOMPARE(summary->skipped.value(u"empty_answer"_s), 1);
    QCOMPARE(summary->peopleMatched, 2); // Ben and Rene by name; "Anna Schmidt" is not "Anna S."
    auto interactions = InteractionRepository(*m_db).forCommunity(m_community);
    QCOMPARE(interactions->size(), 4);
    QCOMPARE(interactions->constFirst().kind, u"survey"_s);
    QCOMPARE(interactions->constFirst().channel, u"Who do you go to for advice?"_s);
    QCOMPARE(interactions->constFirst().weight, 3.0);
}

void TestActivityImport::matcherNormalisesNames()
{
    QCOMPARE(PersonMatcher::nameKey(u"  ＡＮＮＡ   Schmidt "_s), u"anna schmidt"_s); // fullwidth, spaces
    QVERIFY(PersonMatcher::nameKey(u"René"_s) != PersonMatcher::nameKey(u"Rene"_s));
    QCOMPARE(PersonMatcher::looseNameKey(u"René"_s), PersonMatcher::looseNameKey(u"RENE"_s));
    Person rene = person(u"Rene Dubois"_s);
    rene.id = 7;
    Person other = person(u"Kim Lee"_s);
    other.id = 8;
    other.slackId = u"U9"_s;
    PersonMatcher matcher({rene, other}, u"slack"_s);
    auto accented = matcher.match({u"U1"_s, u"U1"_s, {u"René Dubois"_s}, {}, false, false});
    QCOMPARE(accented.personId, 0);
    QCOMPARE(accented.suggestedId, 7);
    // Kim Lee has another Slack id: a second "Kim Lee" account is someone else.
    QCOMPARE(matcher.match({u"U2"_s, u"U2"_s, {u"kim lee"_s}, {}, false, false}).personId, 0);
    QCOMPARE(matcher.match({u"U9"_s, u"U9"_s, {u"Whoever"_s}, {}, false, false}).personId, 8);
}

void TestActivityImport::badInputLeavesTheDatabaseAlone_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QList<ZipEntry>>("entries"); // a Slack archive, or one entry: the file itself
    QTest::addColumn<QString>("message");

    const QByteArray users = R"([{"id":"U1","name":"a"},{"id":"U2","name":"b"}])";
    const QByteArray day = R"([{"type":"message","user":"U1","text":"hi <@U2>","ts":"1772409600.000100"}])";
    auto slack = [&](const QList<ZipEntry>& extra) {
        QList<ZipEntry> entries{{u"users.json"_s, users},
                                {u"channels.json"_s, R"([{"id":"C1","name":"general"}])"},
                                {u"general/2026-03-02.json"_s, day}};
        return entries + extra;
    };
    const int s = int(ActivityFormat::Slack);
    QTest::newRow("zip-slip ..") << s << slack({{u"../evil/2026-03-02.json"_s, day}}) << u"../evil"_s;
    QTest::newRow("zip-slip nested ..") << s << slack({{u"general/../../x.json"_s, day}}) << u"general/../../x.json"_s;
    QTest::newRow("absolute name") << s << slack({{u"/etc/2026-03-02.json"_s, day}}) << u"/etc/2026-03-02.json"_s;
    QTest::newRow("drive name") << s << slack({{u"C:/x/2026-03-02.json"_s, day}}) << u"C:/x"_s;
    QTest::newRow("symlink") << s << slack({{u"general/2026-03-03.json"_s, "/etc/passwd", 0120777u << 16}})
                             << u"symbolic link"_s;
    QTest::newRow("encrypted") << s << slack({{u"general/2026-03-03.json"_s, day, 0, "secret"}}) << u"encrypted"_s;
    QTest::newRow("zip bomb") << s << slack({{u"general/2026-03-04.json"_s, QByteArray(20 * 1024 * 1024, ' ')}})
                              << u"zip bomb"_s;
    QTest::newRow("no users.json") << s << QList<ZipEntry>{{u"general/2026-03-02.json"_s, day}} << u"users.json"_s;
    QTest::newRow("truncated json") << s << slack({{u"general/2026-03-03.json"_s, day.left(30)}})
                                    << u"general/2026-03-03.json: invalid JSON at byte"_s;
    QTest::newRow("not an array") << s << slack({{u"general/2026-03-03.json"_s, "{}"}}) << u"array"_s;
    QTest::newRow("ts is a number") << s
                                    << slack({{u"general/2026-03-03.json"_s, R"([{"user":"U1","ts":1772409600}])"}})
                                    << u"general/2026-03-03.json: message 1: 'ts' should be a string"_s;
    QTest::newRow("bad ts") << s << slack({{u"general/2026-03-03.json"_s, R"([{"user":"U1","ts":"yesterday"}])"}})
                            << u"Slack timestamp"_s;
    QTest::newRow("message not an object") << s << slack({{u"general/2026-03-03.json"_s, "[1]"}}) << u"message 1"_s;
    QTest::newRow("non-UTF-8") << s
                               << slack({{u"general/2026-03-03.json"_s, "[{\"user\":\"U1\",\"text\":\"\xff\xfe\"}]"}})
                               << u"general/2026-03-03.json: invalid JSON"_s;
    QTest::newRow("duplicate user id") << s << QList<ZipEntry>{{u"users.json"_s, R"([{"id":"U1"},{"id":"U1"}])"}}
                                       << u"users.json: user 2: the user id U1 appears twice"_s;
    QTest::newRow("users wrong type") << s << QList<ZipEntry>{{u"users.json"_s, R"([{"id":"U1","deleted":"no"}])"}}
                                      << u"'deleted' should be true or false"_s;
    const int d = int(ActivityFormat::Discord);
    QTest::newRow("discord truncated") << d << QList<ZipEntry>{{u"d.json"_s, R"({"guild":{},"messages":[{"id":"1")"}}
                                       << u"d.json: invalid JSON at byte"_s;
    QTest::newRow("discord author type")
        << d << QList<ZipEntry>{{u"d.json"_s, R"({"channel":{"name":"x"},"messages":[{"id":"1","author":"me"}]})"}}
        << u"d.json: message 1: 'author' should be an object"_s;
    QTest::newRow("discord no messages") << d << QList<ZipEntry>{{u"d.json"_s, R"({"channel":{"name":"x"}})"}}
                                         << u"messages"_s;
    const int t = int(ActivityFormat::Teams);
    QTest::newRow("teams not messages") << t << QList<ZipEntry>{{u"t.json"_s, R"({"x":1})"}} << u"t.json"_s;
    QTest::newRow("teams bad time") << t << QList<ZipEntry>{{u"t.json"_s, R"([{"id":"1","createdDateTime":"soon"}])"}}
                                    << u"t.json: message 1: 'soon'"_s;
    const int g = int(ActivityFormat::GithubReviews);
    QTest::newRow("github reviews type") << g << QList<ZipEntry>{{u"g.json"_s, R"([{"reviews":{}}])"}}
                                         << u"g.json: pull request 1: 'reviews' should be an array"_s;
    const int v = int(ActivityFormat::Survey);
    QTest::newRow("survey header") << v << QList<ZipEntry>{{u"s.csv"_s, "who,whom\na,b\n"}} << u"s.csv:1"_s;
    QTest::newRow("survey strength") << v
                                     << QList<ZipEntry>{{u"s.csv"_s, "respondent,question,named,strength\na,q,b,-2\n"}}
                                     << u"s.csv:2: strength '-2'"_s;
    QTest::newRow("survey non-UTF-8") << v << QList<ZipEntry>{{u"s.csv"_s, "respondent,question,named\na,q,\xff\n"}}
                                      << u"UTF-8"_s;
}

void TestActivityImport::badInputLeavesTheDatabaseAlone()
{
    QFETCH(int, format);
    QFETCH(QList<ZipEntry>, entries);
    QFETCH(QString, message);
    // A good import first, so "unchanged" is checked against a database with content.
    QVERIFY(import(ActivityFormat::Discord, test::testDataPath(u"import/discord.json"_s)));
    const QString before = snapshot();
    const QString path = format == int(ActivityFormat::Slack)
                             ? slackZip(entries)
                             : writeFile(entries.constFirst().name, entries.constFirst().data);
    auto summary = import(ActivityFormat(format), path);
    QVERIFY(!summary);
    QVERIFY2(summary.errorString().contains(message), qPrintable(summary.errorString()));
    QCOMPARE(snapshot(), before);
}

void TestActivityImport::zipReaderEnforcesItsLimits()
{
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(7);
    for (char& c : noise)
        c = char(generator.generate());
    const QString path = m_dir->filePath(u"limits.zip"_s);
    writeZip(path, {{u"a.json"_s, "[]"}, {u"big.bin"_s, noise}});
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    SafeZipReader reader;
    SafeZipReader::Limits limits;
    limits.maxEntryBytes = 32 * 1024; // a huge single entry, relative to this limit
    Status opened = reader.open(&file, u"limits.zip"_s, limits);
    QVERIFY(!opened);
    QVERIFY2(opened.errorString().contains(u"limits.zip: big.bin"_s), qPrintable(opened.errorString()));

    // Truncated archives: the central directory cut off, or a damaged entry body.
    QVERIFY(file.seek(0));
    const QByteArray whole = file.readAll();
    for (const QByteArray& broken : {whole.left(whole.size() - 30), whole.left(whole.size() / 2)}) {
        QBuffer buffer;
        buffer.setData(broken);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        SafeZipReader truncated;
        QVERIFY(!truncated.open(&buffer, u"cut.zip"_s));
    }
    // A split (multi-disk) archive: the end record says this is disk 1 and the directory starts there.
    QByteArray split = whole;
    const qsizetype end = split.lastIndexOf("PK\x05\x06");
    QVERIFY(end > 0);
    split[end + 4] = 1;
    split[end + 6] = 1;
    QBuffer splitBuffer;
    splitBuffer.setData(split);
    QVERIFY(splitBuffer.open(QIODevice::ReadOnly));
    SafeZipReader splitReader;
    Status splitOpened = splitReader.open(&splitBuffer, u"split.zip"_s);
    QVERIFY(!splitOpened);
    QVERIFY2(splitOpened.errorString().contains(u"split.zip"_s), qPrintable(splitOpened.errorString()));

    // Declared sizes that lie: the directory says big.bin is 1,000 bytes; reading it must not pass.
    QByteArray lying = whole;
    const qsizetype central = lying.lastIndexOf("PK\x01\x02", lying.lastIndexOf("big.bin"));
    QVERIFY(central > 0);
    for (int b = 0; b < 4; ++b)
        lying[central + 24 + b] = char((1000 >> (8 * b)) & 0xff);
    QBuffer lyingBuffer;
    lyingBuffer.setData(lying);
    QVERIFY(lyingBuffer.open(QIODevice::ReadOnly));
    SafeZipReader lyingReader;
    QVERIFY(lyingReader.open(&lyingBuffer, u"lying.zip"_s));
    QCOMPARE(lyingReader.entries().at(1).size, 1000);
    auto lied = lyingReader.read(lyingReader.entries().at(1));
    QVERIFY(!lied);
    QVERIFY2(lied.errorString().contains(u"lying.zip: big.bin"_s), qPrintable(lied.errorString()));

    QByteArray damaged = whole;
    damaged[whole.indexOf("big.bin") + 7 + 100] = char(damaged[whole.indexOf("big.bin") + 7 + 100] ^ 0x55);
    QBuffer buffer;
    buffer.setData(damaged);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    SafeZipReader reader2;
    QVERIFY2(reader2.open(&buffer, u"damaged.zip"_s), "the directory is intact");
    auto data = reader2.read(reader2.entries().at(1));
    QVERIFY(!data);
    QVERIFY2(data.errorString().contains(u"damaged.zip: big.bin"_s), qPrintable(data.errorString()));
}

QTEST_GUILESS_MAIN(TestActivityImport)
// The bulk path: past rebuildIndexesAfterRows the interaction indexes are dropped and built again at the
// end, inside the transaction; afterwards they are exactly the schema's, and they answer queries.
void TestActivityImport::bulkImportRebuildsTheIndexes()
{
    const QStringList indexes = interactionIndexes();
    QCOMPARE(indexes.size(), 4);
    auto summary = importBulk(slackZip(bulkSlack(30, 400)), Progress::none(), 1000);
    QVERIFY2(summary, qPrintable(summary.errorString()));
    QCOMPARE(summary->messagesRead, 12000);
    QCOMPARE(summary->interactionsCreated, 12000);
    QCOMPARE(summary->peopleCreated, 40);
    QCOMPARE(interactionIndexes(), indexes);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"ok"_s);
    QVERIFY(query.prepare(u"SELECT count(*) FROM interaction INDEXED BY interaction_batch WHERE batch_id = ?"_s));
    query.addBindValue(summary->batchId);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toLongLong(), 12000);
    QCOMPARE(count(u"interaction"_s), 12000);
}

// Cancelled after the writer thread wrote its first chunk (and dropped the indexes): everything goes back.
void TestActivityImport::cancelMidImportLeavesNothing()
{
    QVERIFY(import(ActivityFormat::Discord, test::testDataPath(u"import/discord.json"_s)));
    const QString before = snapshot();
    const qint64 interactions = count(u"interaction"_s);
    const qint64 batches = count(u"import_batch"_s);
    CancelAfter cancel(1);
    auto summary = importBulk(slackZip(bulkSlack(30, 400)), cancel, 1000);
    QVERIFY(!summary);
    QVERIFY2(summary.errorString().contains(u"cancelled"_s), qPrintable(summary.errorString()));
    QCOMPARE(count(u"interaction"_s), interactions);
    QCOMPARE(count(u"import_batch"_s), batches);
    QCOMPARE(snapshot(), before);
}

// A broken day file at the very end, long after the first ties were written: nothing stays.
void TestActivityImport::errorInALateDayLeavesNothing()
{
    QVERIFY(import(ActivityFormat::Discord, test::testDataPath(u"import/discord.json"_s)));
    const QString before = snapshot();
    auto summary =
        importBulk(slackZip(bulkSlack(30, 400, R"([{"type":"message","user":"UB1","ts":)")), Progress::none(), 1000);
    QVERIFY(!summary);
    QVERIFY2(summary.errorString().contains(u"bulk/2026-01-30.json: invalid JSON"_s),
             qPrintable(summary.errorString()));
    QCOMPARE(snapshot(), before);
}

// The archive reader's windows: any read at any position, across window edges and up to the end, gives the
// file's bytes.
void TestActivityImport::windowedReaderReadsLikeTheFile()
{
    QByteArray data(1'300'000, Qt::Uninitialized);
    QRandomGenerator random(7);
    for (char& byte : data)
        byte = char(random.bounded(256));
    QFile file(writeFile(u"windowed.bin"_s, data));
    QVERIFY(file.open(QIODevice::ReadOnly));
    WindowedFileReader reader(file);
    QVERIFY(reader.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    QCOMPARE(reader.size(), data.size());
    for (int i = 0; i < 3000; ++i) {
        const qint64 at = random.bounded(qint64(data.size()));
        const qint64 length = i % 3 == 0 ? random.bounded(600'000) : random.bounded(40);
        QVERIFY(reader.seek(at));
        QCOMPARE(reader.read(length), data.mid(at, length));
    }
    QVERIFY(reader.seek(data.size() - 5));
    QCOMPARE(reader.read(100), data.right(5));
    QCOMPARE(reader.read(1), QByteArray());
}

#include "TestActivityImport.moc"
