// SPDX-License-Identifier: GPL-3.0-or-later
// steward-cli people merge end to end: by id and by name, the exit codes (0 merged, 2 bad input, 1 refused or
// failed), the refusal when both have different ids unless --keep-target-ids, and nothing written on refusal.
#include "CliRunner.h"
#include "TestWorkspace.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestCliPeopleMerge : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void mergesByIdAndByName();
    void refusesDifferentIdsUnlessAsked();
    void badInput_data();
    void badInput();

private:
    QVariant scalar(const QString& sql, const QVariantList& values = {}) const;
    test::CliRun merge(const QStringList& arguments) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliPeopleMerge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"merge.steward"_s);
    const test::CliRun demo = test::runCli({u"--db"_s, m_db, u"demo"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

QVariant TestCliPeopleMerge::scalar(const QString& sql, const QVariantList& values) const
{
    auto db = Database::open(m_db);
    if (!db)
        return {};
    auto query = runQuery((*db)->connection(), sql, values);
    return query && query->next() ? query->value(0) : QVariant();
}

test::CliRun TestCliPeopleMerge::merge(const QStringList& arguments) const
{
    return test::runCli(QStringList{u"--db"_s, m_db, u"people"_s, u"merge"_s} + arguments);
}

void TestCliPeopleMerge::mergesByIdAndByName()
{
    // A person an import might have created: no ids of their own, one interaction.
    {
        auto db = Database::open(m_db);
        QVERIFY(db);
        QVERIFY(
            runQuery((*db)->connection(), u"INSERT INTO person (id, name, slack_id) VALUES (500, 'Mei A.', 'UMEI')"_s));
        QVERIFY(runQuery((*db)->connection(),
                         u"INSERT INTO interaction (community_id, source_id, target_id, kind, platform) VALUES "
                         "(1, 500, 2, 'reply', 'slack')"_s));
    }
    const qint64 people = scalar(u"SELECT count(*) FROM person"_s).toLongLong();
    const QString into = scalar(u"SELECT name FROM person WHERE id = 1"_s).toString();
    QVERIFY(runQuery(Database::open(m_db).value()->connection(), u"UPDATE person SET slack_id = NULL WHERE id = 1"_s));

    const test::CliRun run = merge({u"--from"_s, u"500"_s, u"--into"_s, into});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Merged Mei A. (#500) into %1 (#1)."_s.arg(into)), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"interaction 1"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Slack id UMEI"_s), qPrintable(run.out));
    QCOMPARE(scalar(u"SELECT count(*) FROM person"_s).toLongLong(), people - 1);
    QCOMPARE(scalar(u"SELECT slack_id FROM person WHERE id = 1"_s).toString(), u"UMEI"_s);
    QCOMPARE(scalar(u"SELECT count(*) FROM interaction WHERE source_id = 1 AND target_id = 2 AND platform = 'slack'"_s)
                 .toInt(),
             1);
    // people list shows the id on the person who stayed.
    const test::CliRun list = test::runCli({u"--db"_s, m_db, u"people"_s, u"list"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains(u"UMEI"_s));
}

void TestCliPeopleMerge::refusesDifferentIdsUnlessAsked()
{
    const qint64 people = scalar(u"SELECT count(*) FROM person"_s).toLongLong();
    const QString email = scalar(u"SELECT email FROM person WHERE id = 26"_s).toString();
    const test::CliRun refused = merge({u"--from"_s, email, u"--into"_s, u"79"_s});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"have different ids"_s) && refused.err.contains(u"--keep-target-ids"_s),
             qPrintable(refused.err));
    QVERIFY2(refused.err.contains(email), qPrintable(refused.err));
    QCOMPARE(scalar(u"SELECT count(*) FROM person"_s).toLongLong(), people);

    const test::CliRun merged = merge({u"--from"_s, email, u"--into"_s, u"79"_s, u"--keep-target-ids"_s});
    QVERIFY2(merged.exitCode == 0, qPrintable(merged.err));
    QVERIFY(merged.out.contains(u"Kept: email"_s));
    QCOMPARE(scalar(u"SELECT count(*) FROM person"_s).toLongLong(), people - 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM person WHERE id = 26"_s).toInt(), 0);
}

void TestCliPeopleMerge::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addRow("no --into") << QStringList{u"--from"_s, u"3"_s} << 2 << u"people merge needs --into"_s;
    QTest::addRow("no --from") << QStringList{u"--into"_s, u"3"_s} << 2 << u"people merge needs --from"_s;
    QTest::addRow("the same person") << QStringList{u"--from"_s, u"3"_s, u"--into"_s, u"3"_s} << 2
                                     << u"--from and --into name the same person"_s;
    QTest::addRow("unknown id") << QStringList{u"--from"_s, u"99999"_s, u"--into"_s, u"3"_s} << 1
                                << u"--from: no person has the id 99999"_s;
    QTest::addRow("unknown name") << QStringList{u"--from"_s, u"3"_s, u"--into"_s, u"Nobody Here"_s} << 1
                                  << u"--into: No person is named"_s;
}

void TestCliPeopleMerge::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const qint64 people = scalar(u"SELECT count(*) FROM person"_s).toLongLong();
    const test::CliRun run = merge(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.out, QString());
    QCOMPARE(scalar(u"SELECT count(*) FROM person"_s).toLongLong(), people);
}

QTEST_GUILESS_MAIN(TestCliPeopleMerge)
#include "TestCliPeopleMerge.moc"
