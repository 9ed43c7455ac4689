// SPDX-License-Identifier: GPL-3.0-or-later
// End to end through the real steward-cli executable on temporary databases.
#include "CliRunner.h"
#include "TestWorkspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using steward::test::CliRun;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void initCreatesAnEmptyDatabase();
    void demoListsTheSamplePeopleAsJson();
    void demoIsDeterministicForASeed();
    void peopleListAsCsv();
    void importGoodAndBadFiles();
    void communityAddAndList();
    void memberSetRecordsLevels();
    void usageErrors_data();
    void usageErrors();
    void helpForEveryCommand_data();
    void helpForEveryCommand();
    void refusesForeignFiles();
    void writesOutputFile();
    void backupAndRestore();

private:
    CliRun cli(const QStringList& arguments) const;
    CliRun cliOn(const QString& db, const QStringList& arguments) const
    {
        return cli(QStringList{u"--db"_s, db} + arguments);
    }
    QString path(const QString& name) const { return m_dir->filePath(name); }
    QString writeFile(const QString& name, const QByteArray& content) const;
    QJsonArray jsonList(const QString& db, const QString& what) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(QFile::exists(steward::test::cliPath()));
}

CliRun TestCli::cli(const QStringList& arguments) const
{
    return steward::test::runCli(arguments, {}, 60000);
}

void TestCli::backupAndRestore()
{
    const QString db = path(u"sample.db"_s);
    QCOMPARE(cliOn(db, {u"demo"_s}).exitCode, 0);
    const QString zip = path(u"sample.zip"_s);
    const CliRun backup = cliOn(db, {u"backup"_s, u"-o"_s, zip});
    QCOMPARE(backup.exitCode, 0);
    QVERIFY2(backup.out.contains(u"sample.zip"_s), qPrintable(backup.out));
    QCOMPARE(cliOn(db, {u"backup"_s}).exitCode, 2);

    const CliRun checked = cli({u"restore"_s, zip, u"--check-only"_s});
    QCOMPARE(checked.exitCode, 0);
    QVERIFY(checked.out.contains(u"intact"_s));
    const QString restored = path(u"restored.db"_s);
    QCOMPARE(cli({u"restore"_s, zip, u"--to"_s, restored}).exitCode, 0);
    QCOMPARE(jsonList(restored, u"people"_s), jsonList(db, u"people"_s));

    // An existing file stays as it was unless --force says otherwise.
    const QByteArray before = fileHash(db);
    const CliRun refused = cli({u"restore"_s, zip, u"--to"_s, db});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains(u"--force"_s));
    QCOMPARE(fileHash(db), before);
    QCOMPARE(cli({u"restore"_s, zip}).exitCode, 2);
    const CliRun notZip = cli({u"restore"_s, db, u"--to"_s, path(u"x.db"_s)});
    QCOMPARE(notZip.exitCode, 1);
    QVERIFY(!QFile::exists(path(u"x.db"_s)));
}

QString TestCli::writeFile(const QString& name, const QByteArray& content) const
{
    return steward::test::writeTestFile(path(name), content);
}

QJsonArray TestCli::jsonList(const QString& db, const QString& what) const
{
    const CliRun run = cliOn(db, {what, u"list"_s, u"--format"_s, u"json"_s});
    if (run.exitCode != 0)
        qWarning("list failed: %s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

void TestCli::initCreatesAnEmptyDatabase()
{
    const QString db = path(u"new.db"_s);
    CliRun run = cliOn(db, {u"init"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFile::exists(db));
    QCOMPARE(jsonList(db, u"people"_s).size(), 0);
    run = cliOn(db, {u"check"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"integrity: ok"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"schema version: "_s));
    run = cliOn(db, {u"init"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"already exists"_s));
}

void TestCli::demoListsTheSamplePeopleAsJson()
{
    const QString db = path(u"x.db"_s);
    QCOMPARE(cliOn(db, {u"demo"_s}).exitCode, 0);
    const QJsonArray people = jsonList(db, u"people"_s);
    QVERIFY(people.size() >= 100 && people.size() <= 140);
    const QStringList keys = {u"department"_s,
                              u"discord_id"_s,
                              u"email"_s,
                              u"github_login"_s,
                              u"id"_s,
                              u"location"_s,
                              u"name"_s,
                              u"slack_id"_s,
                              u"start_date"_s,
                              u"team"_s,
                              u"teams_id"_s,
                              u"title"_s};
    for (const QJsonValue& value : people) {
        const QJsonObject person = value.toObject();
        QCOMPARE(person.keys(), keys);
        QVERIFY(person.value(u"id"_s).isDouble());
        QVERIFY(!person.value(u"name"_s).toString().isEmpty());
    }
    QCOMPARE(jsonList(db, u"community"_s).size(), 3);
}

void TestCli::demoIsDeterministicForASeed()
{
    for (const QString& name : {u"a.db"_s, u"b.db"_s})
        QCOMPARE(cliOn(path(name), {u"demo"_s, u"--seed"_s, u"42"_s}).exitCode, 0);
    QCOMPARE(cliOn(path(u"c.db"_s), {u"demo"_s, u"--seed"_s, u"43"_s}).exitCode, 0);
    QCOMPARE(jsonList(path(u"a.db"_s), u"people"_s), jsonList(path(u"b.db"_s), u"people"_s));
    QVERIFY(jsonList(path(u"a.db"_s), u"people"_s) != jsonList(path(u"c.db"_s), u"people"_s));
}

void TestCli::peopleListAsCsv()
{
    const QString db = path(u"x.db"_s);
    QCOMPARE(cliOn(db, {u"demo"_s}).exitCode, 0);
    const CliRun run = cliOn(db, {u"people"_s, u"list"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.constFirst(),
             u"id,name,email,team,department,title,location,start_date,slack_id,discord_id,github_login,teams_id"_s);
    QCOMPARE(lines.size() - 1, jsonList(db, u"people"_s).size());
}

void TestCli::importGoodAndBadFiles()
{
    const QString db = path(u"x.db"_s);
    QCOMPARE(cliOn(db, {u"init"_s}).exitCode, 0);
    const QString good = writeFile(u"good.csv"_s,
                                   "\xEF\xBB\xBFname,EMAIL,Start_Date\r\nAda Lovelace,ada@example.org,2025-01-06\r\n"
                                   "\"Hopper, Grace\",grace@example.org,\r\n");
    CliRun run = cliOn(db, {u"people"_s, u"import"_s, good});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"2 added"_s), qPrintable(run.out));
    const QJsonArray before = jsonList(db, u"people"_s);
    QCOMPARE(before.size(), 2);

    const QString bad = writeFile(u"bad.csv"_s,
                                  "name,email\nNew Person,new@example.org\nBroken,ada@example.org\n"
                                  "Again,ADA@example.org\n");
    run = cliOn(db, {u"people"_s, u"import"_s, bad});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(run.err.contains(bad + u":4: "_s), qPrintable(run.err));
    QCOMPARE(jsonList(db, u"people"_s), before);

    run = cliOn(db, {u"people"_s, u"import"_s, path(u"missing.csv"_s)});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"missing.csv"_s));
}

void TestCli::communityAddAndList()
{
    const QString db = path(u"x.db"_s);
    QCOMPARE(cliOn(db, {u"init"_s}).exitCode, 0);
    CliRun run =
        cliOn(db, {u"community"_s, u"add"_s, u"Data Guild"_s, u"--domain"_s, u"data"_s, u"--channel"_s, u"#data"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray communities = jsonList(db, u"community"_s);
    QCOMPARE(communities.size(), 1);
    const QJsonObject guild = communities.first().toObject();
    QCOMPARE(guild.value(u"name"_s).toString(), u"Data Guild"_s);
    QCOMPARE(guild.value(u"domain"_s).toString(), u"data"_s);
    QCOMPARE(guild.value(u"channel"_s).toString(), u"#data"_s);
    QVERIFY(guild.contains(u"id"_s));
    run = cliOn(db, {u"community"_s, u"add"_s, u"data guild"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"already exists"_s));
}

void TestCli::memberSetRecordsLevels()
{
    const QString db = path(u"x.db"_s);
    QCOMPARE(cliOn(db, {u"init"_s}).exitCode, 0);
    writeFile(u"p.csv"_s, "name,email\nAda Lovelace,ada@example.org\n");
    QCOMPARE(cliOn(db, {u"people"_s, u"import"_s, path(u"p.csv"_s)}).exitCode, 0);
    QCOMPARE(cliOn(db, {u"community"_s, u"add"_s, u"Guild"_s}).exitCode, 0);
    CliRun run = cliOn(db,
                       {u"member"_s,
                        u"set"_s,
                        u"--community"_s,
                        u"Guild"_s,
                        u"--person"_s,
                        u"ada@example.org"_s,
                        u"--level"_s,
                        u"peripheral"_s,
                        u"--date"_s,
                        u"2026-01-05"_s});
    QCOMPARE(run.exitCode, 0);
    run = cliOn(db,
                {u"member"_s,
                 u"set"_s,
                 u"--community"_s,
                 u"Guild"_s,
                 u"--person"_s,
                 u"Ada Lovelace"_s,
                 u"--level"_s,
                 u"core"_s,
                 u"--reason"_s,
                 u"Ran the retro"_s,
                 u"--date"_s,
                 u"2026-03-01"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"peripheral -> core"_s), qPrintable(run.out));
    QCOMPARE(jsonList(db, u"community"_s).first().toObject().value(u"member_count"_s).toInt(), 1);

    run = cliOn(
        db, {u"member"_s, u"set"_s, u"--community"_s, u"Guild"_s, u"--person"_s, u"Nobody"_s, u"--level"_s, u"core"_s});
    QCOMPARE(run.exitCode, 1);
    run = cliOn(db,
                {u"member"_s,
                 u"set"_s,
                 u"--community"_s,
                 u"Nope"_s,
                 u"--person"_s,
                 u"Ada Lovelace"_s,
                 u"--level"_s,
                 u"core"_s});
    QCOMPARE(run.exitCode, 1);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("nothing") << QStringList{};
    QTest::addRow("unknown command") << QStringList{u"--db"_s, u"x.db"_s, u"frobnicate"_s};
    QTest::addRow("unknown option") << QStringList{u"--db"_s, u"x.db"_s, u"people"_s, u"list"_s, u"--colour"_s};
    QTest::addRow("bad format") << QStringList{u"--db"_s, u"x.db"_s, u"people"_s, u"list"_s, u"--format"_s, u"xml"_s};
    QTest::addRow("no database") << QStringList{u"people"_s, u"list"_s};
    QTest::addRow("import without file") << QStringList{u"--db"_s, u"x.db"_s, u"people"_s, u"import"_s};
    QTest::addRow("bad level") << QStringList{u"--db"_s,
                                              u"x.db"_s,
                                              u"member"_s,
                                              u"set"_s,
                                              u"--community"_s,
                                              u"G"_s,
                                              u"--person"_s,
                                              u"A"_s,
                                              u"--level"_s,
                                              u"guru"_s};
    QTest::addRow("missing person") << QStringList{
        u"--db"_s, u"x.db"_s, u"member"_s, u"set"_s, u"--community"_s, u"G"_s, u"--level"_s, u"core"_s};
    QTest::addRow("bad date") << QStringList{u"--db"_s,
                                             u"x.db"_s,
                                             u"member"_s,
                                             u"set"_s,
                                             u"--community"_s,
                                             u"G"_s,
                                             u"--person"_s,
                                             u"A"_s,
                                             u"--level"_s,
                                             u"core"_s,
                                             u"--date"_s,
                                             u"1/2/26"_s};
    QTest::addRow("bad seed") << QStringList{u"--db"_s, u"x.db"_s, u"demo"_s, u"--seed"_s, u"many"_s};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const QString db = path(u"x.db"_s);
    QCOMPARE(cliOn(db, {u"init"_s}).exitCode, 0);
    for (QString& argument : arguments) {
        if (argument == u"x.db"_s)
            argument = db;
    }
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(!run.err.isEmpty() || !run.out.isEmpty(), "a usage error says why");
}

void TestCli::helpForEveryCommand_data()
{
    QTest::addColumn<QStringList>("command");
    for (const char* command :
         {"init", "demo", "check", "people import", "people list", "community add", "community list", "member set"})
        QTest::addRow("%s", command) << QString::fromLatin1(command).split(QLatin1Char(' '));
    QTest::addRow("overview") << QStringList{};
}

void TestCli::helpForEveryCommand()
{
    QFETCH(QStringList, command);
    const CliRun run = cli(command + QStringList{u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"Usage: steward-cli"_s), qPrintable(run.out));
    if (!command.isEmpty())
        QVERIFY(run.out.contains(command.join(QLatin1Char(' '))));
}

void TestCli::refusesForeignFiles()
{
    const QString text = writeFile(u"notes.txt"_s, "These are my notes, not a database.\n");
    const QByteArray before = fileHash(text);
    const CliRun run = cliOn(text, {u"people"_s, u"list"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(run.err.contains(u"not a Steward database"_s), qPrintable(run.err));
    QCOMPARE(fileHash(text), before);

    const CliRun missing = cliOn(path(u"missing.db"_s), {u"people"_s, u"list"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!QFile::exists(path(u"missing.db"_s)));
}

void TestCli::writesOutputFile()
{
    const QString db = path(u"x.db"_s);
    QCOMPARE(cliOn(db, {u"demo"_s}).exitCode, 0);
    const QString out = path(u"people.json"_s);
    const CliRun run = cliOn(db, {u"people"_s, u"list"_s, u"--format"_s, u"json"_s, u"-o"_s, out});
    QCOMPARE(run.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(file.readAll()).array(), jsonList(db, u"people"_s));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
