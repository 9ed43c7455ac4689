// SPDX-License-Identifier: GPL-3.0-or-later
// `steward-cli mastermind|absence|schedule` end to end through the real executable, every plan checked by
// the shared checker (shared/checks/check_rotation.py). Fixtures are written through the core repositories;
// everything under test goes through the command line.
#include "CliRunner.h"
#include "TestWorkspace.h"
#include "storage/AbsenceRepository.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/MastermindRepository.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;
using steward::test::CliRun;

namespace {

QString personName(int n)
{
    return u"Person %1"_s.arg(n, 2, 10, QLatin1Char('0'));
}

QString personEmail(int n)
{
    return u"p%1@example.org"_s.arg(n, 2, 10, QLatin1Char('0'));
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

class TestCliSchedules : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void checkerCatchesABadPlan();
    void mastermindAddAndList();
    void mastermindSizeWarnings_data();
    void mastermindSizeWarnings();
    void mastermindBadInput_data();
    void mastermindBadInput();
    void absenceToDefaultsToFrom();
    void absenceBadInput_data();
    void absenceBadInput();
    void hotSeatJsonContract();
    void hotSeatRespectsStoredAbsence();
    void hotSeatCsv();
    void hotSeatFollowsTheGroupsCadence();
    void microTeachWeekdayEveryWeeksAndSkips();
    void onCallShiftsKeepAbsentPeopleOff();
    void scheduleBadInput_data();
    void scheduleBadInput();
    void everyoneAbsentIsAViolation();
    void printingWithoutSaveStoresNothing();
    void saveThenRegenerateKeepsThePast();
    void microTeachThirtyPeopleTwoHundredMeetings();
    void writesOutputFile();
    void demoHasCheckedRotations();
    void helpForEveryCommand_data();
    void helpForEveryCommand();
    void mastermindRemoveTakesItsPlanAlong();

private:
    CliRun cli(const QStringList& arguments) const;
    CliRun cliOn(const QString& db, const QStringList& arguments) const
    {
        return cli(QStringList{u"--db"_s, db} + arguments);
    }
    QString path(const QString& name) const { return m_dir->filePath(name); }
    /**
     * A database with `people` people (Person 01.., p01@example.org..) who are all current members of
     * Guild; Pair has Person 01 and 02; Empty has nobody.
     */
    QString makeDatabase(const QString& name, int people) const;
    void addAbsence(const QString& db, int person, QDate from, QDate to) const;
    /** mastermind add NAME --community COMMUNITY --members MEMBERS, through the command line. */
    bool addGroup(const QString& db,
                  const QString& name,
                  const QString& community,
                  const QString& members,
                  const QStringList& extra = {}) const;
    /** Runs the shared checker on a plan; the checker's words on failure. */
    QString checkPlan(const QByteArray& json, int perMeeting, const QStringList& absences = {}) const;
    QJsonObject plan(const CliRun& run) const;
    /** What the database holds, as the list commands print it. */
    QString snapshot(const QString& db) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliSchedules::initTestCase()
{
    QVERIFY2(QFile::exists(test::cliPath()), qPrintable(u"steward-cli not found: "_s + test::cliPath()));
    QVERIFY2(
        QFile::exists(QStringLiteral(STEWARD_ROTATION_CHECKER)),
        "the shared checker shared/checks/check_rotation.py is missing beside the clone: " STEWARD_ROTATION_CHECKER);
    QVERIFY2(QFile::exists(QStringLiteral(STEWARD_PYTHON)), "the checker needs " STEWARD_PYTHON);
}

void TestCliSchedules::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

CliRun TestCliSchedules::cli(const QStringList& arguments) const
{
    return test::runCli(arguments);
}

QString TestCliSchedules::makeDatabase(const QString& name, int people) const
{
    const QString file = path(name);
    auto db = Database::open(file);
    if (!db)
        qFatal("cannot create a database: %s", qPrintable(db.errorString()));
    QList<Person> persons;
    for (int i = 1; i <= people; ++i) {
        Person p;
        p.name = personName(i);
        p.email = personEmail(i);
        persons.append(p);
    }
    if (!PersonRepository(**db).saveAll(persons))
        qFatal("cannot add people");
    CommunityRepository communities(**db);
    const qint64 guild = *communities.add(Community{0, u"Guild"_s, {}, {}, {}, u"Weekly"_s, {}});
    const qint64 pair = *communities.add(Community{0, u"Pair"_s, {}, {}, {}, {}, {}});
    communities.add(Community{0, u"Empty"_s, {}, {}, {}, {}, {}});
    MembershipRepository memberships(**db);
    for (const Person& p : std::as_const(persons)) {
        if (!memberships.setLevel(guild, p.id, ParticipationLevel::Active, QDate(2029, 1, 1), {}))
            qFatal("cannot add a member");
        if (p.id <= persons.at(1).id)
            memberships.setLevel(pair, p.id, ParticipationLevel::Core, QDate(2029, 1, 1), {});
    }
    return file;
}

void TestCliSchedules::addAbsence(const QString& db, int person, QDate from, QDate to) const
{
    const CliRun run = cliOn(db,
                             {u"absence"_s,
                              u"add"_s,
                              u"--person"_s,
                              personEmail(person),
                              u"--from"_s,
                              isoDate(from),
                              u"--to"_s,
                              isoDate(to)});
    if (run.exitCode != 0)
        qFatal("absence add failed: %s", qPrintable(run.err));
}

bool TestCliSchedules::addGroup(const QString& db,
                                const QString& name,
                                const QString& community,
                                const QString& members,
                                const QStringList& extra) const
{
    const CliRun run = cliOn(
        db, QStringList{u"mastermind"_s, u"add"_s, name, u"--community"_s, community, u"--members"_s, members} + extra);
    if (run.exitCode != 0)
        qWarning("mastermind add failed: %s", qPrintable(run.err));
    return run.exitCode == 0;
}

QString TestCliSchedules::checkPlan(const QByteArray& json, int perMeeting, const QStringList& absences) const
{
    static int counter = 0;
    const QString file = path(u"plan-%1.json"_s.arg(++counter));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size())
        return u"cannot write "_s + file;
    out.close();
    QProcess checker;
    checker.start(QStringLiteral(STEWARD_PYTHON),
                  QStringList{QStringLiteral(STEWARD_ROTATION_CHECKER), file, QString::number(perMeeting)} + absences);
    if (!checker.waitForFinished(60000))
        return u"the checker did not finish"_s;
    const QString said = QString::fromUtf8(checker.readAllStandardOutput() + checker.readAllStandardError()).trimmed();
    if (checker.exitStatus() != QProcess::NormalExit || checker.exitCode() != 0)
        return said.isEmpty() ? u"the checker failed"_s : said;
    return {};
}

QJsonObject TestCliSchedules::plan(const CliRun& run) const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), qPrintable(run.out.left(200)));
    return document.object();
}

QString TestCliSchedules::snapshot(const QString& db) const
{
    QString all;
    for (const QString& what : {u"mastermind"_s, u"absence"_s, u"schedule"_s}) {
        const CliRun run = cliOn(db, {what, u"list"_s, u"--format"_s, u"json"_s});
        all += run.out + run.err;
    }
    // The seats themselves, for every stored plan the fixtures can have.
    for (const QStringList& show : {QStringList{u"hot-seat"_s, u"--group"_s, u"Circle"_s},
                                    QStringList{u"micro-teach"_s, u"--community"_s, u"Guild"_s},
                                    QStringList{u"on-call"_s, u"--community"_s, u"Guild"_s}}) {
        const CliRun run =
            cliOn(db, QStringList{u"schedule"_s, u"show"_s} + show + QStringList{u"--format"_s, u"csv"_s});
        all += run.out + run.err;
    }
    return all;
}

void TestCliSchedules::checkerCatchesABadPlan()
{
    // A floor under every check below: the checker must say no to a plan that breaks a rule.
    const QByteArray backToBack = R"({"plan":[{"date":"2030-01-07","people":["A"]},{"date":"2030-01-14","people":["A"]},
        {"date":"2030-01-21","people":["B"]}],"turns":{"A":2,"B":1},"violations":[]})";
    QVERIFY(checkPlan(backToBack, 1).contains(u"back-to-back"_s));
    const QByteArray absent = R"({"plan":[{"date":"2030-01-07","people":["A"]},{"date":"2030-01-14","people":["B"]}],
        "turns":{"A":1,"B":1},"violations":[]})";
    QVERIFY(checkPlan(absent, 1).isEmpty());
    QVERIFY(checkPlan(absent, 1, {u"A:2030-01-01:2030-01-07"_s}).contains(u"absent but seated"_s));
}

void TestCliSchedules::mastermindAddAndList()
{
    const QString db = makeDatabase(u"m.db"_s, 8);
    CliRun run = cliOn(db,
                       {u"mastermind"_s,
                        u"add"_s,
                        u"Circle"_s,
                        u"--community"_s,
                        u"Guild"_s,
                        u"--members"_s,
                        u"Person 03, p01@example.org,Person 02,P04@EXAMPLE.ORG"_s,
                        u"--cadence"_s,
                        u"fortnightly"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY(run.out.contains(u"4 members"_s));
    run = cliOn(db,
                {u"mastermind"_s,
                 u"add"_s,
                 u"Open Circle"_s,
                 u"--community"_s,
                 u"Pair"_s,
                 u"--members"_s,
                 u"Person 01,Person 02"_s,
                 u"--not-confidential"_s});
    QCOMPARE(run.exitCode, 0);

    run = cliOn(db, {u"mastermind"_s, u"list"_s, u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray groups = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(groups.size(), 2);
    const QJsonObject circle = groups.at(0).toObject();
    for (const QString& key : {u"id"_s, u"name"_s, u"community"_s, u"members"_s, u"confidential"_s})
        QVERIFY2(circle.contains(key), qPrintable(key));
    QCOMPARE(circle.value(u"name"_s).toString(), u"Circle"_s);
    QCOMPARE(circle.value(u"community"_s).toString(), u"Guild"_s);
    QVERIFY(circle.value(u"id"_s).isDouble());
    QCOMPARE(circle.value(u"confidential"_s), QJsonValue(true));
    QCOMPARE(circle.value(u"members"_s).toArray(),
             QJsonArray::fromStringList({personName(1), personName(2), personName(3), personName(4)}));
    QCOMPARE(groups.at(1).toObject().value(u"confidential"_s), QJsonValue(false));

    run = cliOn(db, {u"mastermind"_s, u"list"_s, u"--community"_s, u"Pair"_s, u"--format"_s, u"json"_s});
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 1);
    run = cliOn(db, {u"mastermind"_s, u"list"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.constFirst().startsWith(u"id,name,community,members"_s));
    QVERIFY2(lines.at(1).contains(u"Person 01; Person 02; Person 03; Person 04"_s), qPrintable(lines.at(1)));
    run = cliOn(db, {u"mastermind"_s, u"list"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"Open Circle"_s));
}

void TestCliSchedules::mastermindSizeWarnings_data()
{
    QTest::addColumn<int>("members");
    QTest::addColumn<bool>("warns");
    QTest::addRow("1 member") << 1 << true;
    QTest::addRow("3 members") << 3 << true;
    QTest::addRow("4 members") << 4 << false;
    QTest::addRow("8 members") << 8 << false;
    QTest::addRow("9 members") << 9 << true;
}

void TestCliSchedules::mastermindSizeWarnings()
{
    QFETCH(int, members);
    QFETCH(bool, warns);
    const QString db = makeDatabase(u"m.db"_s, 10);
    QStringList names;
    for (int i = 1; i <= members; ++i)
        names << personName(i);
    const CliRun run =
        cliOn(db, {u"mastermind"_s, u"add"_s, u"G"_s, u"--community"_s, u"Guild"_s, u"--members"_s, names.join(u',')});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err.contains(u"warning: the mastermind group G has %1 members; 4 to 8 work best."_s.arg(members)),
             warns);
    if (warns)
        QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY(run.out.contains(u"%1 members"_s.arg(members)));
}

void TestCliSchedules::mastermindBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList base = {u"mastermind"_s, u"add"_s, u"New"_s, u"--community"_s, u"Guild"_s};
    QTest::addRow("no members") << base + QStringList{u"--members"_s, u""_s} << 2 << u"at least one member"_s;
    QTest::addRow("only commas") << base + QStringList{u"--members"_s, u" , ,"_s} << 2 << u"at least one member"_s;
    QTest::addRow("members missing") << base << 2 << u"at least one member"_s;
    QTest::addRow("no name")
        << QStringList{u"mastermind"_s, u"add"_s, u"--community"_s, u"Guild"_s, u"--members"_s, u"Person 01"_s} << 2
        << u"exactly one NAME"_s;
    QTest::addRow("no community") << QStringList{u"mastermind"_s, u"add"_s, u"New"_s, u"--members"_s, u"Person 01"_s}
                                  << 2 << u"needs --community"_s;
    QTest::addRow("bad joined date") << base + QStringList{u"--members"_s, u"Person 01"_s, u"--joined"_s, u"soon"_s}
                                     << 2 << u"--joined"_s;
    QTest::addRow("unknown person") << base + QStringList{u"--members"_s, u"Person 01,Nobody Known,Person 02"_s} << 1
                                    << u"'Nobody Known'"_s;
    QTest::addRow("unknown email") << base + QStringList{u"--members"_s, u"Person 01,ghost@example.org"_s} << 1
                                   << u"'ghost@example.org'"_s;
    QTest::addRow("unknown community") << QStringList{u"mastermind"_s,
                                                      u"add"_s,
                                                      u"New"_s,
                                                      u"--community"_s,
                                                      u"Nowhere"_s,
                                                      u"--members"_s,
                                                      u"Person 01"_s}
                                       << 1 << u"no community is named Nowhere"_s;
    QTest::addRow("member twice, by name and email")
        << base + QStringList{u"--members"_s, u"Person 01,p01@example.org"_s} << 1 << u"listed twice"_s;
    QTest::addRow("name taken") << QStringList{u"mastermind"_s,
                                               u"add"_s,
                                               u"circle"_s,
                                               u"--community"_s,
                                               u"Guild"_s,
                                               u"--members"_s,
                                               u"Person 05"_s}
                                << 1 << u"already exists"_s;
}

void TestCliSchedules::mastermindBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString db = makeDatabase(u"m.db"_s, 6);
    QVERIFY(addGroup(db, u"Circle"_s, u"Guild"_s, u"Person 01"_s));
    const QString before = snapshot(db);
    const CliRun run = cliOn(db, arguments);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(snapshot(db), before);
}

void TestCliSchedules::absenceToDefaultsToFrom()
{
    const QString db = makeDatabase(u"a.db"_s, 3);
    CliRun run = cliOn(db,
                       {u"absence"_s,
                        u"add"_s,
                        u"--person"_s,
                        u"Person 02"_s,
                        u"--from"_s,
                        u"2030-05-04"_s,
                        u"--note"_s,
                        u"Dentist"_s});
    QCOMPARE(run.exitCode, 0);
    run = cliOn(db,
                {u"absence"_s,
                 u"add"_s,
                 u"--person"_s,
                 personEmail(3),
                 u"--from"_s,
                 u"2030-05-01"_s,
                 u"--to"_s,
                 u"2030-05-09"_s});
    QCOMPARE(run.exitCode, 0);
    run = cliOn(db, {u"absence"_s, u"list"_s, u"--format"_s, u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray absences = QJsonDocument::fromJson(run.out.toUtf8()).array();
    QCOMPARE(absences.size(), 2);
    const QJsonObject first = absences.at(0).toObject();
    QCOMPARE(first.value(u"person"_s).toString(), personName(3));
    QCOMPARE(first.value(u"to"_s).toString(), u"2030-05-09"_s);
    const QJsonObject second = absences.at(1).toObject();
    QCOMPARE(second.value(u"from"_s).toString(), u"2030-05-04"_s);
    QCOMPARE(second.value(u"to"_s).toString(), u"2030-05-04"_s);
    QCOMPARE(second.value(u"note"_s).toString(), u"Dentist"_s);
    run = cliOn(db, {u"absence"_s, u"list"_s, u"--person"_s, u"Person 02"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(run.out.split(u"\r\n"_s, Qt::SkipEmptyParts).size(), 2);
}

void TestCliSchedules::absenceBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList add = {u"absence"_s, u"add"_s};
    QTest::addRow("backwards")
        << add + QStringList{u"--person"_s, u"Person 01"_s, u"--from"_s, u"2030-05-10"_s, u"--to"_s, u"2030-05-09"_s}
        << 2 << u"runs backwards: --to 2030-05-09 is before --from 2030-05-10"_s;
    QTest::addRow("bad from") << add + QStringList{u"--person"_s, u"Person 01"_s, u"--from"_s, u"10/05/2030"_s} << 2
                              << u"--from"_s;
    QTest::addRow("impossible to")
        << add + QStringList{u"--person"_s, u"Person 01"_s, u"--from"_s, u"2030-02-10"_s, u"--to"_s, u"2030-02-30"_s}
        << 2 << u"--to"_s;
    QTest::addRow("no from") << add + QStringList{u"--person"_s, u"Person 01"_s} << 2 << u"--from"_s;
    QTest::addRow("no person") << add + QStringList{u"--from"_s, u"2030-05-10"_s} << 2 << u"--person"_s;
    QTest::addRow("unknown person") << add + QStringList{u"--person"_s, u"Nobody"_s, u"--from"_s, u"2030-05-10"_s} << 1
                                    << u"'Nobody'"_s;
}

void TestCliSchedules::absenceBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString db = makeDatabase(u"a.db"_s, 3);
    addAbsence(db, 1, QDate(2030, 1, 1), QDate(2030, 1, 2));
    const QString before = snapshot(db);
    const CliRun run = cliOn(db, arguments);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(snapshot(db), before);
}

void TestCliSchedules::hotSeatJsonContract()
{
    const QString db = makeDatabase(u"h.db"_s, 6);
    QVERIFY(addGroup(db, u"Circle"_s, u"Guild"_s, u"Person 01,Person 02,Person 03,Person 04,Person 05"_s));
    for (const int perMeeting : {1, 2, 5}) {
        const CliRun run = cliOn(db,
                                 {u"schedule"_s,
                                  u"hot-seat"_s,
                                  u"--group"_s,
                                  u"Circle"_s,
                                  u"--from"_s,
                                  u"2030-01-07"_s,
                                  u"--meetings"_s,
                                  u"12"_s,
                                  u"--per-meeting"_s,
                                  QString::number(perMeeting),
                                  u"--seed"_s,
                                  u"4"_s,
                                  u"--format"_s,
                                  u"json"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QJsonObject root = plan(run);
        QCOMPARE(root.keys(), (QStringList{u"plan"_s, u"turns"_s, u"violations"_s}));
        const QJsonArray rows = root.value(u"plan"_s).toArray();
        QCOMPARE(rows.size(), 12);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows.at(i).toObject();
            QCOMPARE(row.keys(), (QStringList{u"date"_s, u"people"_s}));
            QCOMPARE(row.value(u"date"_s).toString(), isoDate(QDate(2030, 1, 7).addDays(7 * i)));
            const QJsonArray people = row.value(u"people"_s).toArray();
            QCOMPARE(people.size(), perMeeting);
            for (const QJsonValue& person : people)
                QVERIFY(person.isString() && person.toString().startsWith(u"Person 0"_s));
        }
        const QJsonObject turns = root.value(u"turns"_s).toObject();
        QCOMPARE(turns.size(), 5);
        int total = 0;
        for (const QJsonValue& count : turns) {
            QVERIFY(count.isDouble());
            total += count.toInt();
        }
        QCOMPARE(total, 12 * perMeeting);
        QVERIFY(root.value(u"violations"_s).isArray());
        QCOMPARE(root.value(u"violations"_s).toArray().size(), 0);
        const QString verdict = checkPlan(run.out.toUtf8(), perMeeting);
        QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
    }
    // Same seed, same plan; the seed only breaks ties.
    const QStringList args = {u"schedule"_s,
                              u"hot-seat"_s,
                              u"--group"_s,
                              u"Circle"_s,
                              u"--from"_s,
                              u"2030-01-07"_s,
                              u"--meetings"_s,
                              u"9"_s,
                              u"--seed"_s,
                              u"4"_s,
                              u"--format"_s,
                              u"json"_s};
    QCOMPARE(cliOn(db, args).out, cliOn(db, args).out);
}

void TestCliSchedules::hotSeatRespectsStoredAbsence()
{
    const QString db = makeDatabase(u"h.db"_s, 6);
    QVERIFY(addGroup(db, u"Circle"_s, u"Guild"_s, u"Person 01,Person 02,Person 03,Person 04"_s));
    addAbsence(db, 2, QDate(2030, 1, 10), QDate(2030, 2, 3));
    addAbsence(db, 3, QDate(2030, 1, 14), QDate(2030, 1, 14));
    const CliRun run = cliOn(db,
                             {u"schedule"_s,
                              u"hot-seat"_s,
                              u"--group"_s,
                              u"Circle"_s,
                              u"--from"_s,
                              u"2030-01-07"_s,
                              u"--meetings"_s,
                              u"16"_s,
                              u"--per-meeting"_s,
                              u"2"_s,
                              u"--format"_s,
                              u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray rows = plan(run).value(u"plan"_s).toArray();
    for (const QJsonValue& value : rows) {
        const QJsonObject row = value.toObject();
        const QDate date = QDate::fromString(row.value(u"date"_s).toString(), Qt::ISODate);
        const QStringList people = row.value(u"people"_s).toVariant().toStringList();
        if (date >= QDate(2030, 1, 10) && date <= QDate(2030, 2, 3))
            QVERIFY2(!people.contains(personName(2)), qPrintable(isoDate(date)));
        if (date == QDate(2030, 1, 14))
            QVERIFY(!people.contains(personName(3)));
    }
    const QString verdict =
        checkPlan(run.out.toUtf8(), 2, {u"Person 02:2030-01-10:2030-02-03"_s, u"Person 03:2030-01-14:2030-01-14"_s});
    QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
}

void TestCliSchedules::hotSeatCsv()
{
    const QString db = makeDatabase(u"h.db"_s, 6);
    QVERIFY(addGroup(db, u"Circle"_s, u"Guild"_s, u"Person 01,Person 02,Person 03,Person 04"_s));
    const QStringList args = {u"schedule"_s,
                              u"hot-seat"_s,
                              u"--group"_s,
                              u"Circle"_s,
                              u"--from"_s,
                              u"2030-01-07"_s,
                              u"--meetings"_s,
                              u"5"_s,
                              u"--per-meeting"_s,
                              u"2"_s};
    const CliRun csv = cliOn(db, args + QStringList{u"--format"_s, u"csv"_s});
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = csv.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.constFirst(), u"date,slot,person"_s);
    QCOMPARE(lines.size(), 1 + 5 * 2);
    const QJsonArray rows = plan(cliOn(db, args + QStringList{u"--format"_s, u"json"_s})).value(u"plan"_s).toArray();
    for (qsizetype m = 0; m < rows.size(); ++m) {
        const QJsonObject row = rows.at(m).toObject();
        for (qsizetype s = 0; s < 2; ++s) {
            QCOMPARE(lines.at(1 + 2 * m + s),
                     u"%1,%2,%3"_s.arg(row.value(u"date"_s).toString())
                         .arg(s + 1)
                         .arg(row.value(u"people"_s).toArray().at(s).toString()));
        }
    }
    const CliRun text = cliOn(db, args);
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(u"2030-01-07  "_s));
    QVERIFY(text.out.contains(u"Every rule holds."_s));
}

void TestCliSchedules::hotSeatFollowsTheGroupsCadence()
{
    const QString db = makeDatabase(u"h.db"_s, 6);
    QVERIFY(addGroup(db,
                     u"Circle"_s,
                     u"Guild"_s,
                     u"Person 01,Person 02,Person 03,Person 04"_s,
                     {u"--cadence"_s, u"Fortnightly on Tuesdays"_s}));
    const QStringList args = {u"schedule"_s,
                              u"hot-seat"_s,
                              u"--group"_s,
                              u"Circle"_s,
                              u"--from"_s,
                              u"2030-01-08"_s,
                              u"--meetings"_s,
                              u"4"_s,
                              u"--format"_s,
                              u"json"_s};
    for (const auto& [extra, days] : {std::pair{QStringList{}, 14},
                                      std::pair{QStringList{u"--every-weeks"_s, u"1"_s}, 7},
                                      std::pair{QStringList{u"--every-weeks"_s, u"3"_s}, 21}}) {
        const QJsonArray rows = plan(cliOn(db, args + extra)).value(u"plan"_s).toArray();
        QCOMPARE(rows.size(), 4);
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(rows.at(i).toObject().value(u"date"_s).toString(), isoDate(QDate(2030, 1, 8).addDays(days * i)));
    }
    // A holiday is left out and the series runs one meeting longer.
    const QJsonArray rows =
        plan(cliOn(db, args + QStringList{u"--skip"_s, u"2030-01-22"_s})).value(u"plan"_s).toArray();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(1).toObject().value(u"date"_s).toString(), u"2030-02-05"_s);
}

void TestCliSchedules::microTeachWeekdayEveryWeeksAndSkips()
{
    const QString db = makeDatabase(u"mt.db"_s, 7);
    addAbsence(db, 4, QDate(2030, 1, 1), QDate(2030, 1, 31));
    const CliRun run = cliOn(db,
                             {u"schedule"_s,
                              u"micro-teach"_s,
                              u"--community"_s,
                              u"Guild"_s,
                              u"--from"_s,
                              u"2030-01-01"_s, // a Tuesday
                              u"--weekday"_s,
                              u"thu"_s,
                              u"--every-weeks"_s,
                              u"2"_s,
                              u"--skip"_s,
                              u"2030-01-17,2030-02-01"_s, // a meeting day, and a day that is none
                              u"--skip"_s,
                              u"2030-02-14"_s,
                              u"--meetings"_s,
                              u"8"_s,
                              u"--per-meeting"_s,
                              u"2"_s,
                              u"--format"_s,
                              u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray rows = plan(run).value(u"plan"_s).toArray();
    QStringList dates;
    for (const QJsonValue& row : rows)
        dates << row.toObject().value(u"date"_s).toString();
    QCOMPARE(dates,
             (QStringList{u"2030-01-03"_s,
                          u"2030-01-31"_s,
                          u"2030-02-28"_s,
                          u"2030-03-14"_s,
                          u"2030-03-28"_s,
                          u"2030-04-11"_s,
                          u"2030-04-25"_s,
                          u"2030-05-09"_s}));
    QCOMPARE(plan(run).value(u"turns"_s).toObject().size(), 7);
    const QString verdict = checkPlan(run.out.toUtf8(), 2, {u"Person 04:2030-01-01:2030-01-31"_s});
    QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
}

void TestCliSchedules::onCallShiftsKeepAbsentPeopleOff()
{
    const QString db = makeDatabase(u"oc.db"_s, 4);
    // Person 01 is away on the third day of the first 7-day shift only.
    addAbsence(db, 1, QDate(2030, 1, 9), QDate(2030, 1, 9));
    for (const int days : {7, 3}) {
        const CliRun run = cliOn(db,
                                 {u"schedule"_s,
                                  u"on-call"_s,
                                  u"--community"_s,
                                  u"Guild"_s,
                                  u"--from"_s,
                                  u"2030-01-07"_s,
                                  u"--shifts"_s,
                                  u"12"_s,
                                  u"--days-per-shift"_s,
                                  QString::number(days),
                                  u"--format"_s,
                                  u"json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray rows = plan(run).value(u"plan"_s).toArray();
        QCOMPARE(rows.size(), 12);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows.at(i).toObject();
            const QDate start = QDate(2030, 1, 7).addDays(days * i);
            QCOMPARE(row.value(u"date"_s).toString(), isoDate(start));
            const bool covers = start <= QDate(2030, 1, 9) && QDate(2030, 1, 9) <= start.addDays(days - 1);
            if (covers)
                QVERIFY(!row.value(u"people"_s).toVariant().toStringList().contains(personName(1)));
        }
        // The checker reads shift starts; the first shift starts before the absence, so it is told the whole shift.
        const QString absent = u"Person 01:2030-01-07:%1"_s.arg(isoDate(QDate(2030, 1, 9)));
        const QString verdict = checkPlan(run.out.toUtf8(), 1, {absent});
        QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
    }
    // The default shift is a week.
    const CliRun run = cliOn(db,
                             {u"schedule"_s,
                              u"on-call"_s,
                              u"--community"_s,
                              u"Guild"_s,
                              u"--from"_s,
                              u"2030-01-07"_s,
                              u"--shifts"_s,
                              u"3"_s,
                              u"--format"_s,
                              u"csv"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(u"2030-01-14,1,"_s));
}

void TestCliSchedules::scheduleBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList hot = {u"schedule"_s, u"hot-seat"_s, u"--group"_s, u"Circle"_s, u"--from"_s, u"2030-01-07"_s};
    const QStringList micro = {
        u"schedule"_s, u"micro-teach"_s, u"--community"_s, u"Guild"_s, u"--from"_s, u"2030-01-07"_s};
    const QStringList onCall = {
        u"schedule"_s, u"on-call"_s, u"--community"_s, u"Guild"_s, u"--from"_s, u"2030-01-07"_s};
    const QStringList four = {u"--meetings"_s, u"4"_s};

    QTest::addRow("hot-seat: 0 meetings") << hot + QStringList{u"--meetings"_s, u"0"_s} << 2 << u"--meetings"_s;
    QTest::addRow("hot-seat: negative meetings") << hot + QStringList{u"--meetings=-3"_s} << 2 << u"not '-3'"_s;
    QTest::addRow("hot-seat: meetings not a number")
        << hot + QStringList{u"--meetings"_s, u"many"_s} << 2 << u"not 'many'"_s;
    QTest::addRow("hot-seat: meetings missing") << hot << 2 << u"--meetings N is required"_s;
    QTest::addRow("hot-seat: too many meetings")
        << hot + QStringList{u"--meetings"_s, u"999999"_s} << 2 << u"at most 5000"_s;
    QTest::addRow("hot-seat: no --from") << QStringList{u"schedule"_s, u"hot-seat"_s, u"--group"_s, u"Circle"_s} + four
                                         << 2 << u"needs --from"_s;
    QTest::addRow("hot-seat: impossible date")
        << QStringList{u"schedule"_s, u"hot-seat"_s, u"--group"_s, u"Circle"_s, u"--from"_s, u"2030-02-30"_s} + four
        << 2 << u"'2030-02-30' is not a date"_s;
    QTest::addRow("hot-seat: no --group")
        << QStringList{u"schedule"_s, u"hot-seat"_s, u"--from"_s, u"2030-01-07"_s} + four << 2 << u"--group"_s;
    QTest::addRow("hot-seat: 0 per meeting")
        << hot + four + QStringList{u"--per-meeting"_s, u"0"_s} << 2 << u"--per-meeting"_s;
    QTest::addRow("hot-seat: 0 weeks apart")
        << hot + four + QStringList{u"--every-weeks"_s, u"0"_s} << 2 << u"--every-weeks"_s;
    QTest::addRow("hot-seat: bad skip date")
        << hot + four + QStringList{u"--skip"_s, u"2030-01-14,someday"_s} << 2 << u"'someday'"_s;
    QTest::addRow("hot-seat: bad seed") << hot + four + QStringList{u"--seed=-1"_s} << 2 << u"--seed"_s;
    QTest::addRow("hot-seat: bad format")
        << hot + four + QStringList{u"--format"_s, u"xml"_s} << 2 << u"unknown format"_s;
    QTest::addRow("hot-seat: unknown option") << hot + four + QStringList{u"--colour"_s} << 2 << u"colour"_s;
    QTest::addRow("micro-teach: bad weekday")
        << micro + four + QStringList{u"--weekday"_s, u"funday"_s} << 2 << u"--weekday"_s;
    QTest::addRow("micro-teach: no --community")
        << QStringList{u"schedule"_s, u"micro-teach"_s, u"--from"_s, u"2030-01-07"_s} + four << 2 << u"--community"_s;
    QTest::addRow("on-call: 0 shifts") << onCall + QStringList{u"--shifts"_s, u"0"_s} << 2 << u"--shifts"_s;
    QTest::addRow("on-call: 0 days per shift")
        << onCall + QStringList{u"--shifts"_s, u"3"_s, u"--days-per-shift"_s, u"0"_s} << 2 << u"--days-per-shift"_s;

    QTest::addRow("hot-seat: unknown group")
        << QStringList{u"schedule"_s, u"hot-seat"_s, u"--group"_s, u"Nope"_s, u"--from"_s, u"2030-01-07"_s} + four << 1
        << u"no mastermind group is named Nope"_s;
    QTest::addRow("hot-seat: group without members")
        << QStringList{u"schedule"_s, u"hot-seat"_s, u"--group"_s, u"Hollow"_s, u"--from"_s, u"2030-01-07"_s} + four
        << 1 << u"the mastermind group Hollow has no members"_s;
    QTest::addRow("hot-seat: more seats than members") << hot + four + QStringList{u"--per-meeting"_s, u"6"_s} << 1
                                                       << u"6 seats per meeting but only 5 eligible people"_s;
    QTest::addRow("micro-teach: unknown community")
        << QStringList{u"schedule"_s, u"micro-teach"_s, u"--community"_s, u"Nope"_s, u"--from"_s, u"2030-01-07"_s}
               + four
        << 1 << u"no community is named Nope"_s;
    QTest::addRow("micro-teach: community without members")
        << QStringList{u"schedule"_s, u"micro-teach"_s, u"--community"_s, u"Empty"_s, u"--from"_s, u"2030-01-07"_s}
               + four
        << 1 << u"the community Empty has no current members"_s;
    QTest::addRow("micro-teach: everyone absent on a date")
        << QStringList{u"schedule"_s, u"micro-teach"_s, u"--community"_s, u"Pair"_s, u"--from"_s, u"2030-01-07"_s}
               + four
        << 1 << u"cannot be fully staffed, the first on 2030-01-14"_s;
    QTest::addRow("on-call: everyone absent during a shift") << QStringList{u"schedule"_s,
                                                                            u"on-call"_s,
                                                                            u"--community"_s,
                                                                            u"Pair"_s,
                                                                            u"--from"_s,
                                                                            u"2030-01-08"_s,
                                                                            u"--shifts"_s,
                                                                            u"3"_s}
                                                             << 1 << u"the first on 2030-01-08"_s;
    QTest::addRow("on-call: more per shift than people") << QStringList{u"schedule"_s,
                                                                        u"on-call"_s,
                                                                        u"--community"_s,
                                                                        u"Pair"_s,
                                                                        u"--from"_s,
                                                                        u"2030-01-07"_s,
                                                                        u"--shifts"_s,
                                                                        u"3"_s,
                                                                        u"--per-meeting"_s,
                                                                        u"3"_s}
                                                         << 1 << u"3 seats per meeting but only 2 eligible people"_s;
}

void TestCliSchedules::scheduleBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString db = makeDatabase(u"bad.db"_s, 7);
    QVERIFY(addGroup(db, u"Circle"_s, u"Guild"_s, u"Person 01,Person 02,Person 03,Person 04,Person 05"_s));
    QVERIFY(addGroup(db, u"Hollow"_s, u"Guild"_s, u"Person 07"_s));
    {
        // Hollow's only member leaves the organisation: the group stays, empty.
        auto opened = Database::open(db, Database::OpenMode::ExistingOnly);
        QVERIFY(opened);
        auto seventh = PersonRepository(**opened).findByNameOrEmail(personName(7));
        QVERIFY(seventh);
        QVERIFY(PersonRepository(**opened).remove(seventh->id));
    }
    addAbsence(db, 1, QDate(2030, 1, 10), QDate(2030, 1, 14));
    addAbsence(db, 2, QDate(2030, 1, 14), QDate(2030, 1, 20));
    // Something stored, so "nothing written" also means "nothing replaced".
    QCOMPARE(cliOn(db,
                   {u"schedule"_s,
                    u"micro-teach"_s,
                    u"--community"_s,
                    u"Guild"_s,
                    u"--from"_s,
                    u"2029-06-03"_s,
                    u"--meetings"_s,
                    u"3"_s,
                    u"--save"_s})
                 .exitCode,
             0);
    const QString before = snapshot(db);
    const CliRun run = cliOn(db, arguments + QStringList{u"--save"_s});
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(snapshot(db), before);
}

void TestCliSchedules::everyoneAbsentIsAViolation()
{
    const QString db = makeDatabase(u"abs.db"_s, 3);
    addAbsence(db, 1, QDate(2030, 1, 14), QDate(2030, 1, 14));
    addAbsence(db, 2, QDate(2030, 1, 12), QDate(2030, 1, 16));
    const CliRun run = cliOn(db,
                             {u"schedule"_s,
                              u"micro-teach"_s,
                              u"--community"_s,
                              u"Pair"_s,
                              u"--from"_s,
                              u"2030-01-07"_s,
                              u"--meetings"_s,
                              u"3"_s,
                              u"--format"_s,
                              u"json"_s,
                              u"--save"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count(u'\n'), 1);
    // The plan is still printed, so the violation can be read; nothing was stored.
    const QJsonObject root = plan(run);
    QCOMPARE(root.value(u"plan"_s).toArray().at(1).toObject().value(u"people"_s).toArray().size(), 0);
    const QJsonArray violations = root.value(u"violations"_s).toArray();
    QCOMPARE(violations.size(), 1);
    const QJsonObject violation = violations.at(0).toObject();
    QCOMPARE(violation.keys(), (QStringList{u"date"_s, u"people"_s, u"reason"_s, u"rule"_s}));
    QCOMPARE(violation.value(u"rule"_s).toString(), u"understaffed"_s);
    QCOMPARE(violation.value(u"date"_s).toString(), u"2030-01-14"_s);
    QCOMPARE(QJsonDocument::fromJson(cliOn(db, {u"schedule"_s, u"list"_s, u"--format"_s, u"json"_s}).out.toUtf8())
                 .array()
                 .size(),
             0);
}

void TestCliSchedules::printingWithoutSaveStoresNothing()
{
    const QString db = makeDatabase(u"p.db"_s, 4);
    const QString before = snapshot(db);
    for (const QStringList& args :
         {QStringList{u"micro-teach"_s, u"--community"_s, u"Guild"_s, u"--meetings"_s, u"5"_s},
          QStringList{u"on-call"_s, u"--community"_s, u"Guild"_s, u"--shifts"_s, u"5"_s}}) {
        const CliRun run = cliOn(db, QStringList{u"schedule"_s} + args + QStringList{u"--from"_s, u"2030-01-07"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.contains(u"Saved"_s));
    }
    QCOMPARE(snapshot(db), before);
    const CliRun show = cliOn(db, {u"schedule"_s, u"show"_s, u"micro-teach"_s, u"--community"_s, u"Guild"_s});
    QCOMPARE(show.exitCode, 1);
    QVERIFY2(show.err.contains(u"has no stored micro-teach rotation"_s), qPrintable(show.err));
}

void TestCliSchedules::saveThenRegenerateKeepsThePast()
{
    const QString db = makeDatabase(u"r.db"_s, 6);
    QVERIFY(addGroup(db, u"Circle"_s, u"Guild"_s, u"Person 01,Person 02,Person 03,Person 04,Person 05"_s));
    addAbsence(db, 3, QDate(2030, 2, 4), QDate(2030, 2, 10));
    const QStringList absences = {u"Person 03:2030-02-04:2030-02-10"_s};
    const QStringList hot = {u"schedule"_s, u"hot-seat"_s, u"--group"_s, u"Circle"_s, u"--format"_s, u"json"_s};
    const QStringList show = {u"schedule"_s, u"show"_s, u"hot-seat"_s, u"--group"_s, u"Circle"_s};

    const CliRun first = cliOn(
        db,
        hot + QStringList{u"--from"_s, u"2030-01-07"_s, u"--meetings"_s, u"10"_s, u"--seed"_s, u"1"_s, u"--save"_s});
    QCOMPARE(first.exitCode, 0);
    QVERIFY2(first.err.isEmpty(), qPrintable(first.err));
    QVERIFY2(!first.out.contains(u"Saved"_s), "JSON on stdout stays parseable");
    QString verdict = checkPlan(first.out.toUtf8(), 1, absences);
    QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
    const QJsonArray firstRows = plan(first).value(u"plan"_s).toArray();
    // What was saved is what was printed.
    const CliRun stored = cliOn(db, show + QStringList{u"--format"_s, u"json"_s});
    QCOMPARE(stored.exitCode, 0);
    QCOMPARE(plan(stored), plan(first));

    // Regenerate from 4 February, fortnightly, another seed: the four meetings before stay exactly.
    const CliRun second = cliOn(db,
                                hot
                                    + QStringList{u"--from"_s,
                                                  u"2030-02-04"_s,
                                                  u"--meetings"_s,
                                                  u"6"_s,
                                                  u"--every-weeks"_s,
                                                  u"2"_s,
                                                  u"--seed"_s,
                                                  u"77"_s,
                                                  u"--save"_s});
    QCOMPARE(second.exitCode, 0);
    const QJsonArray secondRows = plan(second).value(u"plan"_s).toArray();
    QCOMPARE(secondRows.size(), 4 + 6);
    for (qsizetype i = 0; i < 4; ++i)
        QCOMPARE(secondRows.at(i), firstRows.at(i));
    QCOMPARE(secondRows.at(5).toObject().value(u"date"_s).toString(), u"2030-02-18"_s);
    verdict = checkPlan(second.out.toUtf8(), 1, absences);
    QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
    const CliRun csv = cliOn(db, show + QStringList{u"--format"_s, u"csv"_s});
    const QStringList lines = csv.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.constFirst(), u"date,slot,person,origin,status,topic"_s);
    QCOMPARE(lines.size(), 1 + 10);
    for (qsizetype i = 1; i <= 10; ++i)
        QVERIFY2(lines.at(i).contains(i <= 4 ? u",held,planned,"_s : u",generated,planned,"_s),
                 qPrintable(lines.at(i)));

    // Regenerating from an earlier date cannot move a held turn: the held seats come back as they were.
    const CliRun third = cliOn(
        db, hot + QStringList{u"--from"_s, u"2030-01-21"_s, u"--meetings"_s, u"8"_s, u"--seed"_s, u"5"_s, u"--save"_s});
    QCOMPARE(third.exitCode, 0);
    const QJsonArray thirdRows = plan(third).value(u"plan"_s).toArray();
    for (qsizetype i = 0; i < 4; ++i)
        QCOMPARE(thirdRows.at(i), firstRows.at(i));
    verdict = checkPlan(third.out.toUtf8(), 1, absences);
    QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
    const CliRun list = cliOn(db, {u"schedule"_s, u"list"_s, u"--format"_s, u"json"_s});
    const QJsonArray plans = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(plans.size(), 1);
    QCOMPARE(plans.at(0).toObject().value(u"kind"_s).toString(), u"hot-seat"_s);
    QCOMPARE(plans.at(0).toObject().value(u"group"_s).toString(), u"Circle"_s);
}

void TestCliSchedules::microTeachThirtyPeopleTwoHundredMeetings()
{
    const QString db = makeDatabase(u"big.db"_s, 30);
    addAbsence(db, 7, QDate(2030, 3, 1), QDate(2030, 4, 30));
    for (const int perMeeting : {1, 3}) {
        QElapsedTimer timer;
        timer.start();
        const CliRun run = cliOn(db,
                                 {u"schedule"_s,
                                  u"micro-teach"_s,
                                  u"--community"_s,
                                  u"Guild"_s,
                                  u"--from"_s,
                                  u"2030-01-07"_s,
                                  u"--meetings"_s,
                                  u"200"_s,
                                  u"--per-meeting"_s,
                                  QString::number(perMeeting),
                                  u"--format"_s,
                                  u"json"_s});
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(run.exitCode, 0);
        // Measured, not asserted: the whole process (start, open, plan, print) for 30 people x 200 meetings.
        qInfo("schedule micro-teach, 30 people, 200 meetings, %d per meeting: %lld ms", perMeeting, elapsed);
        QCOMPARE(plan(run).value(u"plan"_s).toArray().size(), 200);
        const QString verdict = checkPlan(run.out.toUtf8(), perMeeting, {u"Person 07:2030-03-01:2030-04-30"_s});
        QVERIFY2(verdict.isEmpty(), qPrintable(verdict));
    }
}

void TestCliSchedules::writesOutputFile()
{
    const QString db = makeDatabase(u"o.db"_s, 5);
    const QStringList args = {u"schedule"_s,
                              u"on-call"_s,
                              u"--community"_s,
                              u"Guild"_s,
                              u"--from"_s,
                              u"2030-01-07"_s,
                              u"--shifts"_s,
                              u"6"_s,
                              u"--format"_s,
                              u"json"_s};
    const QString file = path(u"on-call.json"_s);
    const CliRun toFile = cliOn(db, args + QStringList{u"-o"_s, file});
    QCOMPARE(toFile.exitCode, 0);
    QVERIFY(toFile.out.isEmpty());
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(written.readAll()).object(), plan(cliOn(db, args)));
}

void TestCliSchedules::demoHasCheckedRotations()
{
    const QString db = path(u"demo.db"_s);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(cliOn(db, {u"demo"_s}).exitCode, 0);
    qInfo("steward-cli demo: %lld ms", timer.elapsed());
    const QJsonArray groups =
        QJsonDocument::fromJson(cliOn(db, {u"mastermind"_s, u"list"_s, u"--format"_s, u"json"_s}).out.toUtf8()).array();
    QCOMPARE(groups.size(), 2);
    for (const QJsonValue& group : groups) {
        const qsizetype members = group.toObject().value(u"members"_s).toArray().size();
        QVERIFY(members >= 5 && members <= 7);
    }
    QStringList absences;
    const QJsonArray stored =
        QJsonDocument::fromJson(cliOn(db, {u"absence"_s, u"list"_s, u"--format"_s, u"json"_s}).out.toUtf8()).array();
    QVERIFY(stored.size() >= 3);
    for (const QJsonValue& value : stored) {
        const QJsonObject a = value.toObject();
        absences << u"%1:%2:%3"_s.arg(
            a.value(u"person"_s).toString(), a.value(u"from"_s).toString(), a.value(u"to"_s).toString());
    }
    const QJsonArray plans =
        QJsonDocument::fromJson(cliOn(db, {u"schedule"_s, u"list"_s, u"--format"_s, u"json"_s}).out.toUtf8()).array();
    QCOMPARE(plans.size(), 4);
    for (const QJsonValue& value : plans) {
        const QJsonObject p = value.toObject();
        const QString kind = p.value(u"kind"_s).toString();
        const QStringList owner = kind == u"hot-seat"_s
                                      ? QStringList{u"--group"_s, p.value(u"group"_s).toString()}
                                      : QStringList{u"--community"_s, p.value(u"community"_s).toString()};
        const CliRun show =
            cliOn(db, QStringList{u"schedule"_s, u"show"_s, kind} + owner + QStringList{u"--format"_s, u"json"_s});
        QCOMPARE(show.exitCode, 0);
        QVERIFY(plan(show).value(u"violations"_s).toArray().isEmpty());
        const QString verdict = checkPlan(show.out.toUtf8(), p.value(u"seats_per_meeting"_s).toInt(), absences);
        QVERIFY2(verdict.isEmpty(), qPrintable(kind + u": "_s + verdict));
    }
}

void TestCliSchedules::helpForEveryCommand_data()
{
    QTest::addColumn<QStringList>("command");
    for (const char* command : {"mastermind add",
                                "mastermind list",
                                "mastermind remove",
                                "absence add",
                                "absence list",
                                "schedule hot-seat",
                                "schedule micro-teach",
                                "schedule on-call",
                                "schedule show",
                                "schedule list"})
        QTest::addRow("%s", command) << QString::fromLatin1(command).split(u' ');
}

void TestCliSchedules::helpForEveryCommand()
{
    QFETCH(QStringList, command);
    const CliRun run = cli(command + QStringList{u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"Usage: steward-cli --db FILE %1"_s.arg(command.join(u' '))), qPrintable(run.out));
    const CliRun overview = cli({u"--help"_s});
    QVERIFY(overview.out.contains(command.join(u' ')));
}

void TestCliSchedules::mastermindRemoveTakesItsPlanAlong()
{
    const QString db = makeDatabase(u"remove.db"_s, 6);
    QVERIFY(addGroup(db, u"Circle"_s, u"Guild"_s, u"Person 01,Person 02,Person 03,Person 04"_s));
    QVERIFY(addGroup(db, u"Second"_s, u"Guild"_s, u"Person 03,Person 04,Person 05,Person 06"_s));
    CliRun run = cliOn(db,
                       {u"schedule"_s,
                        u"hot-seat"_s,
                        u"--group"_s,
                        u"Circle"_s,
                        u"--from"_s,
                        u"2030-01-07"_s,
                        u"--meetings"_s,
                        u"4"_s,
                        u"--save"_s});
    QCOMPARE(run.exitCode, 0);
    run = cliOn(db,
                {u"goal"_s,
                 u"add"_s,
                 u"--group"_s,
                 u"Circle"_s,
                 u"--person"_s,
                 u"Person 01"_s,
                 u"--text"_s,
                 u"Write the playbook"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    // Unknown names and a missing NAME write nothing.
    const QString before = snapshot(db);
    QCOMPARE(cliOn(db, {u"mastermind"_s, u"remove"_s, u"Nope"_s}).exitCode, 1);
    QCOMPARE(cliOn(db, {u"mastermind"_s, u"remove"_s}).exitCode, 2);
    QCOMPARE(cliOn(db, {u"mastermind"_s, u"remove"_s, u"Circle"_s, u"--community"_s, u"Nowhere"_s}).exitCode, 1);
    QCOMPARE(snapshot(db), before);

    run = cliOn(db, {u"mastermind"_s, u"remove"_s, u"circle"_s, u"--community"_s, u"Guild"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"1 goal"_s), qPrintable(run.out));
    const QJsonArray groups =
        QJsonDocument::fromJson(cliOn(db, {u"mastermind"_s, u"list"_s, u"--format"_s, u"json"_s}).out.toUtf8()).array();
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.at(0).toObject().value(u"name"_s).toString(), u"Second"_s);
    const CliRun plans = cliOn(db, {u"schedule"_s, u"list"_s, u"--format"_s, u"json"_s});
    QCOMPARE(plans.exitCode, 0);
    QVERIFY2(!plans.out.contains(u"Circle"_s), qPrintable(plans.out));
}

QTEST_GUILESS_MAIN(TestCliSchedules)
#include "TestCliSchedules.moc"
