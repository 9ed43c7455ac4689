// SPDX-License-Identifier: GPL-3.0-or-later
// steward-cli import slack|discord|teams|github-reviews|survey end to end: the JSON summary contract,
// network metrics seeing the imported ties, --channels, --dry-run, import list/undo, and a hostile
// archive refused with the database unchanged.
#include "CliRunner.h"
#include "TestWorkspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Qt::StringLiterals;
using steward::test::CliRun;

namespace {

/** tests/data/import/slack zipped as Slack exports it, plus any extra entries. */
void zipSlackFixture(const QString& path, const QList<std::pair<QString, QByteArray>>& extra = {})
{
    const QDir root(steward::test::testDataPath(u"import/slack"_s));
    QuaZip zip(path);
    QVERIFY(zip.open(QuaZip::mdCreate));
    QList<std::pair<QString, QByteArray>> entries = extra;
    QDirIterator it(root.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        entries.append({root.relativeFilePath(file.fileName()), file.readAll()});
    }
    for (const auto& [name, data] : entries) {
        QuaZipFile file(&zip);
        QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
        file.write(data);
        file.close();
    }
    zip.close();
    QCOMPARE(zip.getZipError(), 0);
}

} // namespace

class TestCliActivityImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void slackSummaryAndNetwork();
    void everyFormatImports_data();
    void everyFormatImports();
    void channelsAndDryRun();
    void undoTakesTheBatchBack();
    void hostileArchiveChangesNothing();
    void usageErrors_data();
    void usageErrors();

private:
    CliRun cli(const QStringList& arguments) const;
    QJsonObject importJson(const QString& format, const QString& file, const QStringList& extra = {}) const;
    QJsonObject metrics() const;
    QString path(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_zip;
};

void TestCliActivityImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(QFile::exists(steward::test::cliPath()));
    m_db = path(u"activity.db"_s);
    QCOMPARE(cli({u"init"_s}).exitCode, 0);
    QCOMPARE(cli({u"community"_s, u"add"_s, u"Practice"_s}).exitCode, 0);
    m_zip = path(u"slack-export.zip"_s);
    zipSlackFixture(m_zip);
}

CliRun TestCliActivityImport::cli(const QStringList& arguments) const
{
    return steward::test::runCli(QStringList{u"--db"_s, m_db} + arguments);
}

QJsonObject
TestCliActivityImport::importJson(const QString& format, const QString& file, const QStringList& extra) const
{
    const CliRun run =
        cli(QStringList{u"import"_s, format, file, u"--community"_s, u"Practice"_s, u"--format"_s, u"json"_s} + extra);
    if (run.exitCode != 0)
        qWarning("import %s failed: %s", qPrintable(format), qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QJsonObject TestCliActivityImport::metrics() const
{
    const CliRun run = cli({u"network"_s, u"metrics"_s, u"--community"_s, u"Practice"_s, u"--format"_s, u"json"_s});
    return QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"graph"_s).toObject();
}

void TestCliActivityImport::slackSummaryAndNetwork()
{
    const QJsonObject summary = importJson(u"slack"_s, m_zip);
    for (const QString& key :
         {u"batch_id"_s, u"messages_read"_s, u"interactions_created"_s, u"people_matched"_s, u"people_created"_s})
        QVERIFY2(summary.value(key).isDouble(), qPrintable(key));
    QVERIFY(summary.value(u"skipped"_s).isObject());
    QVERIFY(summary.value(u"warnings"_s).isArray());
    QCOMPARE(summary.value(u"messages_read"_s).toInt(), 12);
    QCOMPARE(summary.value(u"interactions_created"_s).toInt(), 9);
    QCOMPARE(summary.value(u"people_matched"_s).toInt(), 0);
    QCOMPARE(summary.value(u"people_created"_s).toInt(), 4);
    const QJsonObject skipped = summary.value(u"skipped"_s).toObject();
    QCOMPARE(skipped.value(u"bot_message"_s).toInt(), 1);
    QCOMPARE(skipped.value(u"system_message"_s).toInt(), 2);
    QCOMPARE(skipped.value(u"self_tie"_s).toInt(), 1);
    QCOMPARE(skipped.value(u"deleted_user"_s).toInt(), 1);
    QCOMPARE(skipped.value(u"tie_to_unknown_user"_s).toInt(), 1);
    // The network sees Anna, Ben, René and Chiara with 5 undirected ties.
    const QJsonObject graph = metrics();
    QCOMPARE(graph.value(u"nodes"_s).toInt(), 4);
    QCOMPARE(graph.value(u"edges"_s).toInt(), 5);
    // people list shows the Slack id now stored on each person.
    const CliRun people = cli({u"people"_s, u"list"_s, u"--format"_s, u"json"_s});
    QVERIFY2(people.out.contains(u"U01ANNA"_s), qPrintable(people.out));
}

void TestCliActivityImport::everyFormatImports_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("interactions");
    QTest::addColumn<int>("nodes");
    QTest::newRow("discord") << u"discord"_s << u"import/discord.json"_s << 4 << 3;
    QTest::newRow("teams") << u"teams"_s << u"import/teams.json"_s << 4 << 3;
    QTest::newRow("github-reviews") << u"github-reviews"_s << u"import/github-reviews.json"_s << 4 << 3;
    // Chiara Rossi only named herself: a dropped self-tie, so she is not met and not a node.
    QTest::newRow("survey") << u"survey"_s << u"import/survey.csv"_s << 4 << 4;
}

void TestCliActivityImport::everyFormatImports()
{
    QFETCH(QString, format);
    QFETCH(QString, file);
    QFETCH(int, interactions);
    QFETCH(int, nodes);
    const QJsonObject summary = importJson(format, steward::test::testDataPath(file));
    QCOMPARE(summary.value(u"interactions_created"_s).toInt(), interactions);
    QVERIFY(summary.value(u"batch_id"_s).toInt() > 0);
    QCOMPARE(metrics().value(u"nodes"_s).toInt(), nodes);
    const CliRun list = cli({u"import"_s, u"list"_s, u"--format"_s, u"json"_s});
    const QJsonArray batches = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(batches.size(), 1);
    const QJsonObject batch = batches.first().toObject();
    QCOMPARE(batch.value(u"format"_s).toString(), format);
    QCOMPARE(batch.value(u"rows"_s).toInt(), interactions);
    QVERIFY(batch.value(u"messages_read"_s).toInt() >= interactions / 2);
}

void TestCliActivityImport::channelsAndDryRun()
{
    const QJsonObject dry = importJson(u"slack"_s, m_zip, {u"--dry-run"_s});
    QCOMPARE(dry.value(u"interactions_created"_s).toInt(), 9);
    QVERIFY(dry.value(u"batch_id"_s).isNull());
    QCOMPARE(
        QJsonDocument::fromJson(cli({u"import"_s, u"list"_s, u"--format"_s, u"json"_s}).out.toUtf8()).array().size(),
        0);
    const QJsonObject random = importJson(u"slack"_s, m_zip, {u"--channels"_s, u"random"_s});
    QCOMPARE(random.value(u"messages_read"_s).toInt(), 2);
    QCOMPARE(random.value(u"interactions_created"_s).toInt(), 3);
    const CliRun text = cli({u"import"_s,
                             u"slack"_s,
                             m_zip,
                             u"--community"_s,
                             u"Practice"_s,
                             u"--channels"_s,
                             u"general"_s,
                             u"--dry-run"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"Dry run"_s) && text.out.contains(u"skipped system_message: 2"_s),
             qPrintable(text.out));
}

void TestCliActivityImport::undoTakesTheBatchBack()
{
    const QJsonObject summary = importJson(u"slack"_s, m_zip);
    const QString batch = QString::number(summary.value(u"batch_id"_s).toInt());
    QCOMPARE(cli({u"import"_s, u"undo"_s, batch}).exitCode, 0);
    QCOMPARE(metrics().value(u"edges"_s).toInt(), 0);
    const CliRun people = cli({u"people"_s, u"list"_s, u"--format"_s, u"json"_s});
    QCOMPARE(QJsonDocument::fromJson(people.out.toUtf8()).array().size(), 0);
}

void TestCliActivityImport::hostileArchiveChangesNothing()
{
    QVERIFY(!importJson(u"discord"_s, steward::test::testDataPath(u"import/discord.json"_s)).isEmpty());
    QFile database(m_db);
    const CliRun before = cli({u"people"_s, u"list"_s, u"--format"_s, u"json"_s});
    const QString hostile = path(u"hostile.zip"_s);
    zipSlackFixture(hostile, {{u"../../outside/2026-03-02.json"_s, "[]"}});
    const CliRun run = cli({u"import"_s, u"slack"_s, hostile, u"--community"_s, u"Practice"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"hostile.zip: ../../outside/2026-03-02.json"_s), qPrintable(run.err));
    QCOMPARE(cli({u"people"_s, u"list"_s, u"--format"_s, u"json"_s}).out, before.out);
    QCOMPARE(
        QJsonDocument::fromJson(cli({u"import"_s, u"list"_s, u"--format"_s, u"json"_s}).out.toUtf8()).array().size(),
        1);
    QCOMPARE(metrics().value(u"edges"_s).toInt(), 3);
}

void TestCliActivityImport::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no community") << QStringList{u"import"_s, u"survey"_s, u"x.csv"_s} << 2 << u"--community"_s;
    QTest::newRow("no file") << QStringList{u"import"_s, u"teams"_s, u"--community"_s, u"Practice"_s} << 2
                             << u"FILE.json"_s;
    QTest::newRow("bad format")
        << QStringList{u"import"_s, u"discord"_s, u"x.json"_s, u"--community"_s, u"Practice"_s, u"--format"_s, u"xml"_s}
        << 2 << u"xml"_s;
    QTest::newRow("unknown community")
        << QStringList{u"import"_s, u"discord"_s, u"x.json"_s, u"--community"_s, u"Nope"_s} << 1 << u"Nope"_s;
    QTest::newRow("missing file")
        << QStringList{u"import"_s, u"slack"_s, u"/nonexistent/x.zip"_s, u"--community"_s, u"Practice"_s} << 1
        << u"/nonexistent/x.zip"_s;
}

void TestCliActivityImport::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliActivityImport)
#include "TestCliActivityImport.moc"
