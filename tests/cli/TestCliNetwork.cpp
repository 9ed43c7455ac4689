// SPDX-License-Identifier: GPL-3.0-or-later
// The network commands end to end through the real steward-cli: interactions import (all or nothing,
// one batch), import list/undo, network metrics (its JSON and CSV contract, windows, weights, samples).
#include "CliRunner.h"
#include "TestWorkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using steward::test::CliRun;

namespace {

/** The karate club as interactions between people named P0..P33, on days of January 2026. */
QByteArray karateInteractions()
{
    QFile file(steward::test::testDataPath(u"network/karate.csv"_s));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("karate.csv is missing");
    QByteArray csv = "source,target,weight,timestamp,kind,channel\n";
    file.readLine();
    int row = 0;
    while (!file.atEnd()) {
        const QList<QByteArray> cells = file.readLine().trimmed().split(',');
        if (cells.size() != 3)
            continue;
        csv += "P" + cells.at(0) + ",P" + cells.at(1) + "," + cells.at(2) + ",2026-01-"
               + QByteArray::number(10 + row % 20) + ",reply,#karate\n";
        ++row;
    }
    return csv;
}

bool near(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

} // namespace

class TestCliNetwork : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void metricsOnImportedKarateClub();
    void metricsAsCsvAndToAFile();
    void weightedAndSampled();
    void windowAndKinds();
    void badImportChangesNothing();
    void importUndo();
    void usageErrors_data();
    void usageErrors();
    void helpShowsTheDefinitions();
    void outcomesAndFindings();
    void interventionAndCompare();

private:
    CliRun cli(const QStringList& arguments) const;
    QString path(const QString& name) const { return m_dir->filePath(name); }
    QString writeFile(const QString& name, const QByteArray& content) const;
    QJsonObject metrics(const QStringList& extra = {}) const;
    QJsonObject node(const QJsonObject& metrics, const QString& name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliNetwork::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(QFile::exists(steward::test::cliPath()));
    m_db = path(u"net.db"_s);
    QCOMPARE(cli({u"init"_s}).exitCode, 0);
    QCOMPARE(cli({u"community"_s, u"add"_s, u"Karate"_s}).exitCode, 0);
    const CliRun run = cli({u"interactions"_s,
                            u"import"_s,
                            writeFile(u"karate.csv"_s, karateInteractions()),
                            u"--community"_s,
                            u"Karate"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Imported 78 interactions as batch 1: 34 new people"_s), qPrintable(run.out));
}

CliRun TestCliNetwork::cli(const QStringList& arguments) const
{
    return steward::test::runCli(QStringList{u"--db"_s, m_db} + arguments);
}

QString TestCliNetwork::writeFile(const QString& name, const QByteArray& content) const
{
    return steward::test::writeTestFile(path(name), content);
}

QJsonObject TestCliNetwork::metrics(const QStringList& extra) const
{
    const CliRun run =
        cli(QStringList{u"network"_s, u"metrics"_s, u"--community"_s, u"Karate"_s, u"--format"_s, u"json"_s} + extra);
    if (run.exitCode != 0)
        qWarning("network metrics failed: %s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QJsonObject TestCliNetwork::node(const QJsonObject& metrics, const QString& name) const
{
    for (const QJsonValue& value : metrics.value(u"nodes"_s).toArray()) {
        if (value.toObject().value(u"name"_s).toString() == name)
            return value.toObject();
    }
    return {};
}

void TestCliNetwork::metricsOnImportedKarateClub()
{
    const QJsonObject m = metrics();
    const QJsonObject graph = m.value(u"graph"_s).toObject();
    for (const QString& key : {u"nodes"_s,
                               u"edges"_s,
                               u"density"_s,
                               u"components"_s,
                               u"transitivity"_s,
                               u"average_clustering"_s,
                               u"modularity"_s})
        QVERIFY2(graph.value(key).isDouble(), qPrintable(key));
    QCOMPARE(graph.value(u"nodes"_s).toInt(), 34);
    QCOMPARE(graph.value(u"edges"_s).toInt(), 78);
    QVERIFY(near(graph.value(u"transitivity"_s).toDouble(), 0.2556818181818182));
    const QJsonArray nodes = m.value(u"nodes"_s).toArray();
    QCOMPARE(nodes.size(), 34);
    const QStringList keys = {u"id"_s,
                              u"name"_s,
                              u"team"_s,
                              u"degree"_s,
                              u"strength"_s,
                              u"betweenness"_s,
                              u"betweenness_normalized"_s,
                              u"closeness"_s,
                              u"harmonic"_s,
                              u"clustering"_s,
                              u"coreness"_s,
                              u"eigenvector"_s,
                              u"constraint"_s,
                              u"effective_size"_s,
                              u"community"_s,
                              u"articulation"_s};
    for (const QString& key : keys)
        QVERIFY2(nodes.at(0).toObject().contains(key), qPrintable(key));
    const QJsonObject p0 = node(m, u"P0"_s);
    const QJsonObject p33 = node(m, u"P33"_s);
    // Zachary's karate club, as networkx prints it.
    QVERIFY(near(p0.value(u"betweenness"_s).toDouble(), 231.0714285714286));
    QVERIFY(near(p33.value(u"betweenness"_s).toDouble(), 160.5515873015873));
    QVERIFY(near(p0.value(u"betweenness_normalized"_s).toDouble(), 231.0714285714286 / 528));
    QVERIFY(near(p0.value(u"closeness"_s).toDouble(), 0.5689655172413793));
    QCOMPARE(p0.value(u"degree"_s).toInt(), 16);
    QCOMPARE(p0.value(u"articulation"_s).toBool(), true);
    QVERIFY(p0.value(u"team"_s).isNull());
    // The same seed gives the same communities.
    QCOMPARE(metrics().value(u"nodes"_s), m.value(u"nodes"_s));
}

void TestCliNetwork::metricsAsCsvAndToAFile()
{
    const CliRun run = cli({u"network"_s, u"metrics"_s, u"--community"_s, u"Karate"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 35);
    QVERIFY2(lines.constFirst().startsWith(u"id,name,team,degree,in_degree,out_degree,strength,betweenness,"_s),
             qPrintable(lines.constFirst()));
    QVERIFY(lines.constFirst().endsWith(u",community,articulation"_s));
    const QString file = path(u"out.json"_s);
    const CliRun toFile =
        cli({u"network"_s, u"metrics"_s, u"--community"_s, u"Karate"_s, u"--format"_s, u"json"_s, u"-o"_s, file});
    QCOMPARE(toFile.exitCode, 0);
    QVERIFY(toFile.out.isEmpty());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(written.readAll()).object().value(u"graph"_s).toObject().value(u"edges"_s).toInt(),
             78);
    const CliRun text = cli({u"network"_s, u"metrics"_s, u"--community"_s, u"Karate"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"34 people, 78 ties"_s), qPrintable(text.out));
}

void TestCliNetwork::weightedAndSampled()
{
    const QJsonObject weighted = metrics({u"--weighted"_s});
    QCOMPARE(weighted.value(u"graph"_s).toObject().value(u"weighted"_s).toBool(), true);
    // Distances 1/weight; the value networkx gives with exact fractions.
    QVERIFY(near(node(weighted, u"P0"_s).value(u"betweenness"_s).toDouble(), 209.0));
    QVERIFY(near(node(weighted, u"P0"_s).value(u"strength"_s).toDouble(), 42.0));
    const QJsonObject sampled = metrics({u"--betweenness-samples"_s, u"10"_s, u"--seed"_s, u"4"_s});
    const QJsonObject graph = sampled.value(u"graph"_s).toObject();
    QCOMPARE(graph.value(u"betweenness_samples"_s).toInt(), 10);
    QVERIFY(graph.value(u"betweenness_error"_s).toDouble() > 0);
    QCOMPARE(metrics({u"--betweenness-samples"_s, u"10"_s, u"--seed"_s, u"4"_s, u"--jobs"_s, u"1"_s}), sampled);
}

void TestCliNetwork::windowAndKinds()
{
    const QByteArray more = "source,target,timestamp,kind\nP0,P1,2026-03-05,mention\nP0,P2,,survey\n";
    QCOMPARE(
        cli({u"interactions"_s, u"import"_s, writeFile(u"more.csv"_s, more), u"--community"_s, u"Karate"_s}).exitCode,
        0);
    auto edges = [this](const QStringList& extra) {
        return metrics(extra).value(u"graph"_s).toObject().value(u"edges"_s).toInt();
    };
    QCOMPARE(edges({}), 78);
    QCOMPARE(edges({u"--kinds"_s, u"mention,survey"_s}), 2);
    QCOMPARE(edges({u"--from"_s, u"2026-03-01"_s}), 1);
    QCOMPARE(edges({u"--from"_s, u"2026-01-10"_s, u"--to"_s, u"2026-01-10"_s}), 4);
    const QJsonObject empty = metrics({u"--from"_s, u"2025-01-01"_s, u"--to"_s, u"2025-12-31"_s});
    QCOMPARE(empty.value(u"graph"_s).toObject().value(u"edges"_s).toInt(), 0);
    QVERIFY(empty.value(u"graph"_s).toObject().value(u"modularity"_s).isNull());
    QCOMPARE(edges({u"--channels"_s, u"#karate"_s}), 78);
    QCOMPARE(edges({u"--platforms"_s, u"slack"_s}), 0);
}

void TestCliNetwork::badImportChangesNothing()
{
    const QByteArray bad = "source,target,weight\nP0,P1,1\nP1,P2,zero\n";
    const QString file = writeFile(u"bad.csv"_s, bad);
    const CliRun run = cli({u"interactions"_s, u"import"_s, file, u"--community"_s, u"Karate"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(file + u":3: weight 'zero' is not a positive number"_s), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
    const CliRun list = cli({u"import"_s, u"list"_s, u"--format"_s, u"json"_s});
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 1);
    const CliRun unknown = cli({u"interactions"_s, u"import"_s, file, u"--community"_s, u"Chess"_s});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.contains(u"no community named 'Chess'"_s));
}

void TestCliNetwork::importUndo()
{
    const CliRun list = cli({u"import"_s, u"list"_s, u"--format"_s, u"json"_s});
    const QJsonObject batch = QJsonDocument::fromJson(list.out.toUtf8()).array().at(0).toObject();
    QCOMPARE(batch.value(u"id"_s).toInt(), 1);
    QCOMPARE(batch.value(u"kind"_s).toString(), u"interactions"_s);
    QCOMPARE(batch.value(u"community"_s).toString(), u"Karate"_s);
    QCOMPARE(batch.value(u"rows"_s).toInt(), 78);
    const CliRun undo = cli({u"import"_s, u"undo"_s, u"1"_s});
    QVERIFY2(undo.exitCode == 0, qPrintable(undo.err));
    QVERIFY2(undo.out.contains(u"78 interactions"_s) && undo.out.contains(u"34 people"_s), qPrintable(undo.out));
    const QJsonObject graph = metrics().value(u"graph"_s).toObject();
    QCOMPARE(graph.value(u"nodes"_s).toInt(), 0);
    const CliRun people = cli({u"people"_s, u"list"_s, u"--format"_s, u"json"_s});
    QCOMPARE(QJsonDocument::fromJson(people.out.toUtf8()).array().size(), 0);
    const CliRun again = cli({u"import"_s, u"undo"_s, u"1"_s});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(u"no import batch 1"_s));
}

void TestCliNetwork::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addRow("no community") << QStringList{u"network"_s, u"metrics"_s} << 2 << u"--community NAME is required"_s;
    QTest::addRow("unknown community") << QStringList{u"network"_s, u"metrics"_s, u"--community"_s, u"Chess"_s} << 1
                                       << u"no community named 'Chess'"_s;
    QTest::addRow("bad date")
        << QStringList{u"network"_s, u"metrics"_s, u"--community"_s, u"Karate"_s, u"--from"_s, u"March"_s} << 2
        << u"--from: 'March' is not a date"_s;
    QTest::addRow("from after to") << QStringList{u"network"_s,
                                                  u"metrics"_s,
                                                  u"--community"_s,
                                                  u"Karate"_s,
                                                  u"--from"_s,
                                                  u"2026-02-01"_s,
                                                  u"--to"_s,
                                                  u"2026-01-01"_s}
                                   << 2 << u"--from is after --to"_s;
    QTest::addRow("bad kind")
        << QStringList{u"network"_s, u"metrics"_s, u"--community"_s, u"Karate"_s, u"--kinds"_s, u"gossip"_s} << 2
        << u"'gossip' is not one of"_s;
    QTest::addRow("bad samples")
        << QStringList{u"network"_s, u"metrics"_s, u"--community"_s, u"Karate"_s, u"--betweenness-samples"_s, u"0"_s}
        << 2 << u"--betweenness-samples needs a whole number of at least 1"_s;
    QTest::addRow("bad format")
        << QStringList{u"network"_s, u"metrics"_s, u"--community"_s, u"Karate"_s, u"--format"_s, u"xml"_s} << 2
        << u"unknown format"_s;
    QTest::addRow("import without community")
        << QStringList{u"interactions"_s, u"import"_s, u"x.csv"_s} << 2 << u"--community NAME is required"_s;
    QTest::addRow("import without file") << QStringList{u"interactions"_s, u"import"_s, u"--community"_s, u"Karate"_s}
                                         << 2 << u"exactly one FILE.csv"_s;
    QTest::addRow("missing file")
        << QStringList{u"interactions"_s, u"import"_s, u"/nonexistent.csv"_s, u"--community"_s, u"Karate"_s} << 1
        << u"/nonexistent.csv: cannot read the file"_s;
    QTest::addRow("undo without id") << QStringList{u"import"_s, u"undo"_s} << 2 << u"one BATCH_ID"_s;
    QTest::addRow("undo of a word") << QStringList{u"import"_s, u"undo"_s, u"last"_s} << 2 << u"one BATCH_ID"_s;
    QTest::addRow("undo of nothing") << QStringList{u"import"_s, u"undo"_s, u"99"_s} << 1 << u"no import batch 99"_s;
}

void TestCliNetwork::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun run = cli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.startsWith(u"steward-cli: "_s) && run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
}

void TestCliNetwork::helpShowsTheDefinitions()
{
    const CliRun help = cli({u"network"_s, u"metrics"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const QString& text : {u"each unordered pair of others counted once"_s,
                                u"(n-1)(n-2)/2"_s,
                                u"wf_improved"_s,
                                u"0 for degree < 2"_s,
                                u"distance = 1/weight"_s,
                                u"Louvain"_s,
                                u"--betweenness-samples"_s})
        QVERIFY2(help.out.contains(text), qPrintable(text));
    for (const QStringList& command : {QStringList{u"interactions"_s, u"import"_s},
                                       QStringList{u"import"_s, u"undo"_s},
                                       QStringList{u"import"_s, u"list"_s},
                                       QStringList{u"outcomes"_s, u"import"_s},
                                       QStringList{u"intervention"_s, u"add"_s},
                                       QStringList{u"intervention"_s, u"list"_s},
                                       QStringList{u"network"_s, u"findings"_s},
                                       QStringList{u"network"_s, u"compare"_s}}) {
        const CliRun run = cli(command + QStringList{u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(u"Usage: steward-cli --db FILE "_s + command.join(u' ')));
    }
}

void TestCliNetwork::outcomesAndFindings()
{
    QByteArray csv = "person,metric,value,date\n";
    for (int i = 0; i < 12; ++i)
        csv += "P" + QByteArray::number(i) + ",performance," + QByteArray::number(i % 5) + ",2026-02-01\n";
    csv += "P0,promotion,yes,\n";
    const CliRun imported = cli({u"outcomes"_s, u"import"_s, writeFile(u"outcomes.csv"_s, csv)});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(u"Imported 13 outcomes for 12 people as batch 2: performance, promotion."_s),
             qPrintable(imported.out));
    const QString bad =
        writeFile(u"bad-outcomes.csv"_s, "person,metric,value\nP0,performance,3\nNobody,performance,1\n");
    const CliRun refused = cli({u"outcomes"_s, u"import"_s, bad});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(bad + u":3: no person is named or has the email 'Nobody'"_s),
             qPrintable(refused.err));

    const CliRun findings = cli({u"network"_s, u"findings"_s, u"--community"_s, u"Karate"_s, u"--format"_s, u"json"_s});
    QVERIFY2(findings.exitCode == 0, qPrintable(findings.err));
    const QJsonObject json = QJsonDocument::fromJson(findings.out.toUtf8()).object();
    QCOMPARE(json.value(u"brokers"_s).toArray().at(0).toObject().value(u"name"_s).toString(), u"P0"_s);
    const QJsonArray outcomes = json.value(u"outcomes"_s).toArray();
    QVERIFY(!outcomes.isEmpty());
    QCOMPARE(outcomes.at(0).toObject().value(u"outcome"_s).toString(), u"performance"_s);
    QCOMPARE(outcomes.at(0).toObject().value(u"n"_s).toInt(), 12);
    QVERIFY(outcomes.at(0).toObject().value(u"caveat"_s).toString().contains(u"12 people"_s));
    const CliRun text = cli({u"network"_s, u"findings"_s, u"--community"_s, u"Karate"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"Knowledge broker: P0"_s), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"performance goes with"_s), qPrintable(text.out));
    // Undoing the outcomes batch takes the outcomes away again.
    QCOMPARE(cli({u"import"_s, u"undo"_s, u"2"_s}).exitCode, 0);
    const CliRun after = cli({u"network"_s, u"findings"_s, u"--community"_s, u"Karate"_s, u"--format"_s, u"json"_s});
    QVERIFY(QJsonDocument::fromJson(after.out.toUtf8()).object().value(u"outcomes"_s).toArray().isEmpty());
}

void TestCliNetwork::interventionAndCompare()
{
    const CliRun added = cli({u"intervention"_s,
                              u"add"_s,
                              u"Launch"_s,
                              u"--community"_s,
                              u"Karate"_s,
                              u"--date"_s,
                              u"2026-01-20"_s,
                              u"--description"_s,
                              u"Launched the club channel"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QCOMPARE(
        cli({u"intervention"_s, u"add"_s, u"launch"_s, u"--community"_s, u"Karate"_s, u"--date"_s, u"2026-02-01"_s})
            .exitCode,
        1);
    QCOMPARE(cli({u"intervention"_s, u"add"_s, u"X"_s, u"--community"_s, u"Karate"_s}).exitCode, 2);
    const CliRun list = cli({u"intervention"_s, u"list"_s, u"--community"_s, u"Karate"_s, u"--format"_s, u"json"_s});
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().at(0).toObject().value(u"date"_s).toString(),
             u"2026-01-20"_s);

    auto compare = [this](const QStringList& extra) {
        return cli(QStringList{u"network"_s, u"compare"_s, u"--community"_s, u"Karate"_s, u"--window"_s, u"10"_s}
                   + extra);
    };
    const CliRun byName = compare({u"--intervention"_s, u"Launch"_s, u"--format"_s, u"json"_s});
    QVERIFY2(byName.exitCode == 0, qPrintable(byName.err));
    const QJsonObject json = QJsonDocument::fromJson(byName.out.toUtf8()).object();
    QCOMPARE(json.value(u"at"_s).toString(), u"2026-01-20"_s);
    QCOMPARE(json.value(u"window_days"_s).toInt(), 10);
    QCOMPARE(json.value(u"before"_s).toObject().value(u"from"_s).toString(), u"2026-01-10"_s);
    QCOMPARE(json.value(u"before"_s).toObject().value(u"to"_s).toString(), u"2026-01-19"_s);
    QCOMPARE(json.value(u"after"_s).toObject().value(u"to"_s).toString(), u"2026-01-29"_s);
    // The karate rows are spread over 2026-01-10 to 2026-01-29: ten days on each side.
    const int before = json.value(u"before"_s).toObject().value(u"graph"_s).toObject().value(u"edges"_s).toInt();
    const int after = json.value(u"after"_s).toObject().value(u"graph"_s).toObject().value(u"edges"_s).toInt();
    QCOMPARE(before + after, 78);
    QVERIFY(json.value(u"changes"_s).toObject().contains(u"density"_s));
    QVERIFY(json.value(u"summary"_s).toArray().size() >= 2);
    const CliRun byDay = compare({u"--at"_s, u"2026-01-20"_s, u"--format"_s, u"json"_s});
    QCOMPARE(QJsonDocument::fromJson(byDay.out.toUtf8()).object(), json);
    const CliRun text = compare({u"--at"_s, u"2026-01-20"_s});
    QVERIFY2(text.out.contains(u"density: "_s) && text.out.contains(u"Density went from"_s), qPrintable(text.out));
    QCOMPARE(compare({}).exitCode, 2);
    QCOMPARE(compare({u"--at"_s, u"2026-01-20"_s, u"--intervention"_s, u"Launch"_s}).exitCode, 2);
    QCOMPARE(compare({u"--intervention"_s, u"Nothing"_s}).exitCode, 1);
    QCOMPARE(compare({u"--at"_s, u"2026-01-20"_s, u"--window"_s, u"0"_s}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliNetwork)
#include "TestCliNetwork.moc"
