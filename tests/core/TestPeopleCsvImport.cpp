// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"
#include "import/PeopleCsvImport.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

/** A progress that asks to stop at the first report. */
class CancellingProgress : public Progress
{
public:
    void report(qint64, qint64, const QString&) override { m_reports++; }
    bool isCanceled() const override { return m_reports > 0; }

private:
    int m_reports = 0;
};

Person person(const QString& name, const QString& email = {}, const QString& team = {}, const QString& department = {})
{
    Person p;
    p.name = name;
    p.email = email;
    p.team = team;
    p.department = department;
    return p;
}

} // namespace

class TestPeopleCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsNewPeople();
    void updatesMatchedPeople();
    void reportsIgnoredColumns();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void cancelWritesNothing();
    void unreadableFile();

private:
    Result<PeopleImportSummary> import(const QByteArray& csv, Progress& progress = Progress::none());
    QList<Person> everyone() const;
    Person byEmail(const QString& email) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestPeopleCsvImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(u"people.db"_s));
    QVERIFY2(db, qPrintable(db.errorString()));
    m_db = std::move(*db);
    PersonRepository people(*m_db);
    QVERIFY(people.add(person(u"Ada Lovelace"_s, u"ada@example.org"_s, u"Analytics"_s)));
    QVERIFY(people.add(person(u"Grace Hopper"_s, {}, u"Compilers"_s, u"Engineering"_s)));
    QVERIFY(people.add(person(u"Sam Twin"_s)));
    QVERIFY(people.add(person(u"Sam Twin"_s)));
}

void TestPeopleCsvImport::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Result<PeopleImportSummary> TestPeopleCsvImport::import(const QByteArray& csv, Progress& progress)
{
    return PeopleCsvImport(*m_db, progress).importData(csv, u"people.csv"_s);
}

QList<Person> TestPeopleCsvImport::everyone() const
{
    return *PersonRepository(*m_db).all();
}

Person TestPeopleCsvImport::byEmail(const QString& email) const
{
    auto found = PersonRepository(*m_db).findByEmail(email);
    return found && found->has_value() ? **found : Person{};
}

void TestPeopleCsvImport::importsNewPeople()
{
    const QByteArray csv = "\xEF\xBB\xBFTeams_ID,NAME,Email,team,department,title,location,start_date,slack_id,"
                           "discord_id,github_login\r\n"
                           "t-1,\"Okafor, Ngozi\",ngozi@example.org,SRE,Engineering,Engineer,Lagos,2024-02-29,U1,d1,"
                           "ngozi\r\n"
                           ",Zoë Ömer,zoe@example.org,,,,,,,,\r\n";
    auto summary = import(csv);
    QVERIFY2(summary, qPrintable(summary.errorString()));
    QCOMPARE(summary->rows, 2);
    QCOMPARE(summary->added, 2);
    QCOMPARE(summary->updated, 0);
    const Person ngozi = byEmail(u"ngozi@example.org"_s);
    QCOMPARE(ngozi.name, u"Okafor, Ngozi"_s);
    QCOMPARE(ngozi.team, u"SRE"_s);
    QCOMPARE(ngozi.location, u"Lagos"_s);
    QCOMPARE(ngozi.startDate, QDate(2024, 2, 29));
    QCOMPARE(ngozi.slackId, u"U1"_s);
    QCOMPARE(ngozi.discordId, u"d1"_s);
    QCOMPARE(ngozi.githubLogin, u"ngozi"_s);
    QCOMPARE(ngozi.teamsId, u"t-1"_s);
    QCOMPARE(byEmail(u"zoe@example.org"_s).name, u"Zoë Ömer"_s);
    QCOMPARE(everyone().size(), 6);
}

void TestPeopleCsvImport::updatesMatchedPeople()
{
    // Ada by email (other case), Grace by exact name; empty cells keep what was stored.
    const QByteArray csv = "name,email,team,department\n"
                           "Ada King,ADA@example.org,People Analytics,\n"
                           "Grace Hopper,grace@example.org,,Navy\n";
    auto summary = import(csv);
    QVERIFY2(summary, qPrintable(summary.errorString()));
    QCOMPARE(summary->added, 0);
    QCOMPARE(summary->updated, 2);

    // The same file again changes nothing.
    auto again = import(csv);
    QVERIFY2(again, qPrintable(again.errorString()));
    QCOMPARE(again->updated, 0);
    QCOMPARE(again->unchanged, 2);
    const Person ada = byEmail(u"ada@example.org"_s);
    QCOMPARE(ada.name, u"Ada King"_s);
    QCOMPARE(ada.team, u"People Analytics"_s);
    const Person grace = byEmail(u"grace@example.org"_s);
    QCOMPARE(grace.name, u"Grace Hopper"_s);
    QCOMPARE(grace.team, u"Compilers"_s);
    QCOMPARE(grace.department, u"Navy"_s);
    QCOMPARE(everyone().size(), 4);
}

void TestPeopleCsvImport::reportsIgnoredColumns()
{
    auto summary = import("name,favourite colour\nNew Person,teal\n");
    QVERIFY2(summary, qPrintable(summary.errorString()));
    QCOMPARE(summary->ignoredColumns, QStringList{u"favourite colour"_s});
    QCOMPARE(summary->added, 1);
}

void TestPeopleCsvImport::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected");

    QTest::addRow("empty file") << QByteArray("") << u"people.csv:1: the file is empty"_s;
    QTest::addRow("no name column") << QByteArray("email,team\na@b.c,x\n") << u"people.csv:1: "_s;
    QTest::addRow("column twice") << QByteArray("name,Name\nA,B\n")
                                  << u"people.csv:1: the column 'Name' appears twice"_s;
    QTest::addRow("missing name") << QByteArray("name,email\nNew,n@x.org\n  ,m@x.org\n")
                                  << u"people.csv:3: the name is missing"_s;
    QTest::addRow("bad date") << QByteArray("name,start_date\nNew,2024-02-30\n") << u"people.csv:2: start_date"_s;
    QTest::addRow("date in another form")
        << QByteArray("name,start_date\nNew,02/03/2024\n") << u"people.csv:2: start_date"_s;
    QTest::addRow("duplicate email in file")
        << QByteArray("name,email\nA,dup@x.org\nB,DUP@x.org\n") << u"people.csv:3: 'DUP@x.org' is also on line 2"_s;
    QTest::addRow("same person twice") << QByteArray("name\nNew Person\nNew Person\n")
                                       << u"people.csv:3: 'New Person' is also on line 2"_s;
    QTest::addRow("bad encoding") << QByteArray("name\nGood\nM\xfcller\n")
                                  << u"people.csv:3: the text is not valid UTF-8"_s;
    QTest::addRow("unclosed quote") << QByteArray("name\nGood\n\"Open\n") << u"people.csv:3: a quoted field"_s;
    QTest::addRow("too few fields") << QByteArray("name,email\nGood,g@x.org\nShort\n")
                                    << u"people.csv:3: the row has 1 fields but the header has 2"_s;
    QTest::addRow("invalid email") << QByteArray("name,email\nNew,not-an-email\n") << u"people.csv:2: 'not-an-email'"_s;
    QTest::addRow("ambiguous name") << QByteArray("name,team\nSam Twin,X\n") << u"people.csv:2: 2 people are named"_s;
}

void TestPeopleCsvImport::rejectsBadInput()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    // A valid first row proves that nothing before the bad row is written either.
    const QList<Person> before = everyone();
    auto summary = import(csv);
    QVERIFY(!summary);
    QVERIFY2(summary.errorString().startsWith(expected), qPrintable(summary.errorString()));
    QVERIFY(!summary.errorString().contains(QLatin1Char('\n')));
    QCOMPARE(everyone(), before);
}

void TestPeopleCsvImport::cancelWritesNothing()
{
    QByteArray csv = "name,email\n";
    for (int i = 0; i < 5000; ++i)
        csv += "Person " + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@x.org\n";
    CancellingProgress progress;
    auto summary = import(csv, progress);
    QVERIFY(!summary);
    QVERIFY(summary.errorString().contains(u"cancelled"_s));
    QCOMPARE(everyone().size(), 4);
}

void TestPeopleCsvImport::unreadableFile()
{
    auto summary = PeopleCsvImport(*m_db).importFile(m_dir->filePath(u"missing.csv"_s));
    QVERIFY(!summary);
    QVERIFY(summary.errorString().contains(u"missing.csv"_s));
}

QTEST_GUILESS_MAIN(TestPeopleCsvImport)
#include "TestPeopleCsvImport.moc"
