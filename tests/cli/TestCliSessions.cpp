// SPDX-License-Identifier: GPL-3.0-or-later
// The session commands end to end through the real steward-cli: session add/list/attend, schedule pairs and
// export ics, their exact output contracts, the shared contract checkers, and bad input that writes nothing.
#include "TestWorkspace.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/SessionPairingRepository.h"
#include "storage/SessionRepository.h"
#include "storage/SqlQuery.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString kGuild = u"Testing Guild"_s;
const QString kBerlin = u"Europe/Berlin"_s;

QString checker(const char* name)
{
    return QStringLiteral(STEWARD_CHECKS_DIR "/") + QLatin1String(name);
}

bool runPython(const QStringList& arguments, QByteArray& output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"/usr/bin/python3"_s, arguments);
    if (!process.waitForFinished(120000))
        return false;
    output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliSessions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void addPrintsTheIdAndListShowsIt();
    void listJsonHasExactlyTheseKeys();
    void seriesExpandInTheWindow_data();
    void seriesExpandInTheWindow();
    void listAsCsvAndTable();
    void defaultZoneIsTheSystems();
    void attendRecordsOccurrences();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void pairsJsonContract();
    void pairsFortyByThirtyNine();
    void pairsMoreRoundsThanPossibleAreHonest();
    void pairsFromASessionUseHistoryAndSave();
    void exportIcsPassesTheChecker();
    void confidentialNotesStayIn();
    void helpForSessionCommands_data();
    void helpForSessionCommands();
    void demoHasSessionsThatExport();
    void moveAndCancelOneOccurrence();
    void moveAndCancelBadInputWritesNothing_data();
    void moveAndCancelBadInputWritesNothing();
    void pairsMetMarksTheHistory();

private:
    CliRun cli(const QStringList& arguments, const QString& timeZone = {}) const;
    CliRun on(const QStringList& arguments) const { return cli(QStringList{u"--db"_s, m_db} + arguments); }
    QString path(const QString& name) const { return m_dir->filePath(name); }
    QString writeFile(const QString& name, const QByteArray& content) const;
    /** session add with --community kGuild --timezone Europe/Berlin and the given options; the id or -1. */
    qint64 addSession(const QStringList& options) const;
    QJsonArray list(const QString& community = kGuild, const QStringList& options = {}) const;
    /** Row counts of every session table: what "nothing written" compares. */
    QStringList tableCounts() const;
    void makePeople(int count) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliSessions::initTestCase()
{
    QVERIFY2(QFile::exists(test::cliPath()), qPrintable(test::cliPath()));
    for (const char* name : {"check_pairs.py", "check_ics.py"}) {
        if (!QFile::exists(checker(name)))
            QFAIL(qPrintable(
                u"%1 not found: the contract checkers live in shared/checks beside the clone"_s.arg(checker(name))));
    }
    QVERIFY2(QFile::exists(u"/usr/bin/python3"_s), "/usr/bin/python3 is missing (install python3-icalendar)");
}

void TestCliSessions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = path(u"sessions.steward"_s);
    QCOMPARE(on({u"init"_s}).exitCode, 0);
    writeFile(u"people.csv"_s,
              "name,email,team\nAda Lovelace,ada@example.org,Analytics\nGrace Hopper,grace@example.org,Compilers\n"
              "Linus Pauling,,Chemistry\nZoe Quinn,zoe@example.org,Analytics\nBen Ito,ben@example.org,Platform\n"
              "Mia Rossi,mia@example.org,Platform\n");
    QCOMPARE(on({u"people"_s, u"import"_s, path(u"people.csv"_s)}).exitCode, 0);
    QCOMPARE(on({u"community"_s, u"add"_s, kGuild}).exitCode, 0);
    QCOMPARE(on({u"community"_s, u"add"_s, u"Empty Guild"_s}).exitCode, 0);
}

CliRun TestCliSessions::cli(const QStringList& arguments, const QString& timeZone) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"TZ"_s, timeZone.isEmpty() ? u"UTC"_s : timeZone);
    process.setProcessEnvironment(environment);
    process.start(test::cliPath(), arguments);
    if (!process.waitForFinished(60000))
        qFatal("steward-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString TestCliSessions::writeFile(const QString& name, const QByteArray& content) const
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write a fixture");
    return file.fileName();
}

qint64 TestCliSessions::addSession(const QStringList& options) const
{
    const CliRun run =
        on(QStringList{u"session"_s, u"add"_s, u"--community"_s, kGuild, u"--timezone"_s, kBerlin} + options);
    bool ok = false;
    const qint64 id = run.out.trimmed().toLongLong(&ok);
    if (run.exitCode != 0 || !ok) {
        qWarning("session add failed (%d): %s%s", run.exitCode, qPrintable(run.out), qPrintable(run.err));
        return -1;
    }
    return id;
}

QJsonArray TestCliSessions::list(const QString& community, const QStringList& options) const
{
    const CliRun run =
        on(QStringList{u"session"_s, u"list"_s, u"--community"_s, community, u"--format"_s, u"json"_s} + options);
    if (run.exitCode != 0)
        qWarning("session list failed: %s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

QStringList TestCliSessions::tableCounts() const
{
    auto db = Database::open(m_db, Database::OpenMode::ExistingOnly);
    if (!db)
        return {db.errorString()};
    QStringList counts;
    for (const char* table : {"session",
                              "session_series",
                              "session_exception",
                              "session_role",
                              "session_phase",
                              "session_attendance",
                              "session_pairing",
                              "do_not_pair"}) {
        auto q = runQuery((*db)->connection(), u"SELECT count(*) FROM %1"_s.arg(QLatin1String(table)));
        counts << u"%1=%2"_s.arg(QLatin1String(table)).arg(q && q->next() ? q->value(0).toLongLong() : -1);
    }
    return counts;
}

void TestCliSessions::makePeople(int count) const
{
    QByteArray csv = "name,email,team\n";
    for (int i = 1; i <= count; ++i)
        csv += QStringLiteral("P%1,p%1@example.org,Team %2\n").arg(i, 2, 10, QLatin1Char('0')).arg(i % 5).toUtf8();
    writeFile(u"many.csv"_s, csv);
    QCOMPARE(on({u"people"_s, u"import"_s, path(u"many.csv"_s)}).exitCode, 0);
}

void TestCliSessions::addPrintsTheIdAndListShowsIt()
{
    const CliRun run = on({u"session"_s,       u"add"_s,
                           u"--community"_s,   kGuild,
                           u"--type"_s,        u"case-round"_s,
                           u"--title"_s,       u"Case round: the flaky test"_s,
                           u"--start"_s,       u"2026-03-02T10:00"_s,
                           u"--minutes"_s,     u"75"_s,
                           u"--timezone"_s,    kBerlin,
                           u"--facilitator"_s, u"Ada Lovelace"_s,
                           u"--place"_s,       u"Room Hopper"_s,
                           u"--link"_s,        u"https://meet.example.org/case"_s,
                           u"--agenda"_s,      u"One case, one question."_s,
                           u"--notes"_s,       u"Open notes."_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QRegularExpression(u"^\\d+\\n$"_s).match(run.out).hasMatch(), qPrintable(run.out));
    QVERIFY(run.err.isEmpty());
    const qint64 id = run.out.trimmed().toLongLong();
    const QJsonArray sessions = list();
    QCOMPARE(sessions.size(), 1);
    const QJsonObject s = sessions.first().toObject();
    QCOMPARE(s.value(u"id"_s).toInteger(), id);
    QCOMPARE(s.value(u"series"_s), QJsonValue(false));
    QCOMPARE(s.value(u"occurrence"_s).toString(), u"2026-03-02"_s);
    QCOMPARE(s.value(u"start"_s).toString(), u"2026-03-02T10:00:00+01:00"_s);
    QCOMPARE(s.value(u"end"_s).toString(), u"2026-03-02T11:15:00+01:00"_s);
    QCOMPARE(s.value(u"minutes"_s).toInt(), 75);
    QCOMPARE(s.value(u"title"_s).toString(), u"Case round: the flaky test"_s);
    QCOMPARE(s.value(u"type"_s).toString(), u"case-round"_s);
    QCOMPARE(s.value(u"community"_s).toString(), kGuild);
    QCOMPARE(s.value(u"facilitator"_s).toString(), u"Ada Lovelace"_s);
    QCOMPARE(s.value(u"place"_s).toString(), u"Room Hopper"_s);
    QCOMPARE(s.value(u"link"_s).toString(), u"https://meet.example.org/case"_s);
    QCOMPARE(s.value(u"confidential"_s), QJsonValue(false));
    QCOMPARE(s.value(u"notes"_s).toString(), u"Open notes."_s);
    QVERIFY(s.value(u"learnings"_s).isNull());

    // A second session gets the next id; the default phase plan of its format was stored with it.
    const qint64 second = addSession({u"--type"_s,
                                      u"think-pair-share"_s,
                                      u"--title"_s,
                                      u"TPS"_s,
                                      u"--start"_s,
                                      u"2026-03-03T10:00"_s,
                                      u"--minutes"_s,
                                      u"30"_s});
    QCOMPARE(second, id + 1);
    auto db = Database::open(m_db, Database::OpenMode::ExistingOnly);
    QVERIFY(db);
    const QList<SessionPhase> phases = *SessionRepository(**db).phases(second);
    QCOMPARE(phases.size(), 3);
    QCOMPARE(phases.at(1).name, u"Pair"_s);
}

void TestCliSessions::listJsonHasExactlyTheseKeys()
{
    QVERIFY(addSession({u"--type"_s,
                        u"ama"_s,
                        u"--title"_s,
                        u"AMA"_s,
                        u"--start"_s,
                        u"2026-03-02T10:00"_s,
                        u"--minutes"_s,
                        u"45"_s})
            > 0);
    QVERIFY(addSession({u"--type"_s,
                        u"micro-teach"_s,
                        u"--title"_s,
                        u"Micro"_s,
                        u"--start"_s,
                        u"2026-03-03T09:30"_s,
                        u"--minutes"_s,
                        u"15"_s,
                        u"--repeat"_s,
                        u"weekly"_s,
                        u"--count"_s,
                        u"3"_s})
            > 0);
    const QJsonArray sessions = list();
    QCOMPARE(sessions.size(), 4);
    QStringList keys = {u"agenda"_s,
                        u"community"_s,
                        u"confidential"_s,
                        u"end"_s,
                        u"facilitator"_s,
                        u"id"_s,
                        u"learnings"_s,
                        u"link"_s,
                        u"minutes"_s,
                        u"moved"_s,
                        u"notes"_s,
                        u"occurrence"_s,
                        u"place"_s,
                        u"series"_s,
                        u"start"_s,
                        u"title"_s,
                        u"type"_s};
    static const QRegularExpression iso(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}$"_s);
    for (const QJsonValue& value : sessions) {
        const QJsonObject s = value.toObject();
        QCOMPARE(s.keys(), keys);
        QVERIFY(s.value(u"id"_s).isDouble());
        QVERIFY(s.value(u"minutes"_s).isDouble());
        QVERIFY(s.value(u"series"_s).isBool());
        QVERIFY(s.value(u"moved"_s).isBool());
        QVERIFY(s.value(u"confidential"_s).isBool());
        QVERIFY(s.value(u"facilitator"_s).isNull());
        QVERIFY(iso.match(s.value(u"start"_s).toString()).hasMatch());
        QVERIFY(iso.match(s.value(u"end"_s).toString()).hasMatch());
    }
    QCOMPARE(sessions.at(1).toObject().value(u"series"_s), QJsonValue(true));
    QCOMPARE(sessions.at(1).toObject().value(u"id"_s), sessions.at(3).toObject().value(u"id"_s));
}

void TestCliSessions::seriesExpandInTheWindow_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("window");
    QTest::addColumn<QStringList>("starts");

    QTest::addRow("weekly, count 4, across the spring change")
        << QStringList{u"--start"_s, u"2026-03-16T10:00"_s, u"--repeat"_s, u"weekly"_s, u"--count"_s, u"4"_s}
        << QStringList{}
        << QStringList{u"2026-03-16T10:00:00+01:00"_s,
                       u"2026-03-23T10:00:00+01:00"_s,
                       u"2026-03-30T10:00:00+02:00"_s,
                       u"2026-04-06T10:00:00+02:00"_s};
    QTest::addRow("biweekly until, end day included")
        << QStringList{u"--start"_s, u"2026-05-07T15:00"_s, u"--repeat"_s, u"biweekly"_s, u"--until"_s, u"2026-06-18"_s}
        << QStringList{}
        << QStringList{u"2026-05-07T15:00:00+02:00"_s,
                       u"2026-05-21T15:00:00+02:00"_s,
                       u"2026-06-04T15:00:00+02:00"_s,
                       u"2026-06-18T15:00:00+02:00"_s};
    QTest::addRow("monthly on the second Tuesday")
        << QStringList{u"--start"_s, u"2026-03-10T14:00"_s, u"--repeat"_s, u"monthly"_s, u"--count"_s, u"3"_s}
        << QStringList{}
        << QStringList{u"2026-03-10T14:00:00+01:00"_s, u"2026-04-14T14:00:00+02:00"_s, u"2026-05-12T14:00:00+02:00"_s};
    QTest::addRow("monthly from a fifth weekday: the last one")
        << QStringList{u"--start"_s, u"2026-03-31T09:00"_s, u"--repeat"_s, u"monthly"_s, u"--count"_s, u"3"_s}
        << QStringList{}
        << QStringList{u"2026-03-31T09:00:00+02:00"_s, u"2026-04-28T09:00:00+02:00"_s, u"2026-05-26T09:00:00+02:00"_s};
    QTest::addRow("window of days")
        << QStringList{u"--start"_s, u"2026-03-02T10:00"_s, u"--repeat"_s, u"weekly"_s, u"--count"_s, u"10"_s}
        << QStringList{u"--from"_s, u"2026-03-09"_s, u"--to"_s, u"2026-03-23"_s}
        << QStringList{u"2026-03-09T10:00:00+01:00"_s, u"2026-03-16T10:00:00+01:00"_s, u"2026-03-23T10:00:00+01:00"_s};
    QTest::addRow("window from a day on")
        << QStringList{u"--start"_s, u"2026-03-02T10:00"_s, u"--repeat"_s, u"weekly"_s, u"--count"_s, u"4"_s}
        << QStringList{u"--from"_s, u"2026-03-17"_s} << QStringList{u"2026-03-23T10:00:00+01:00"_s};
    QTest::addRow("one-off outside the window")
        << QStringList{u"--start"_s, u"2026-03-02T10:00"_s} << QStringList{u"--to"_s, u"2026-03-01"_s} << QStringList{};
}

void TestCliSessions::seriesExpandInTheWindow()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, window);
    QFETCH(QStringList, starts);
    const qint64 id = addSession(
        QStringList{u"--type"_s, u"incident-retrospective"_s, u"--title"_s, u"Retro"_s, u"--minutes"_s, u"60"_s}
        + options);
    QVERIFY(id > 0);
    QStringList found;
    for (const QJsonValue& value : list(kGuild, window)) {
        QCOMPARE(value.toObject().value(u"id"_s).toInteger(), id);
        found << value.toObject().value(u"start"_s).toString();
    }
    QCOMPARE(found, starts);
}

void TestCliSessions::listAsCsvAndTable()
{
    QVERIFY(addSession({u"--type"_s,
                        u"demo-day"_s,
                        u"--title"_s,
                        u"Demo day, with a comma"_s,
                        u"--start"_s,
                        u"2026-03-06T16:00"_s,
                        u"--minutes"_s,
                        u"60"_s,
                        u"--facilitator"_s,
                        u"grace@example.org"_s})
            > 0);
    CliRun run = on({u"session"_s, u"list"_s, u"--community"_s, kGuild, u"--format"_s, u"csv"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0),
             u"id,series,occurrence,start,end,minutes,moved,title,type,community,facilitator,place,link,"
             "confidential,agenda,notes,learnings"_s);
    QVERIFY2(lines.at(1).contains(u"\"Demo day, with a comma\",demo-day,Testing Guild,Grace Hopper"_s),
             qPrintable(lines.at(1)));
    run = on({u"session"_s, u"list"_s, u"--community"_s, kGuild});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"id"_s));
    QVERIFY2(run.out.contains(u"2026-03-06 16:00"_s), qPrintable(run.out));
    // -o writes the same JSON to a file.
    const QString out = path(u"sessions.json"_s);
    QCOMPARE(on({u"session"_s, u"list"_s, u"--community"_s, kGuild, u"--format"_s, u"json"_s, u"-o"_s, out}).exitCode,
             0);
    QCOMPARE(QJsonDocument::fromJson(readFile(out)).array(), list());
}

void TestCliSessions::defaultZoneIsTheSystems()
{
    const CliRun run = cli({u"--db"_s,
                            m_db,
                            u"session"_s,
                            u"add"_s,
                            u"--community"_s,
                            kGuild,
                            u"--type"_s,
                            u"ama"_s,
                            u"--title"_s,
                            u"AMA"_s,
                            u"--start"_s,
                            u"2026-07-01T09:00"_s,
                            u"--minutes"_s,
                            u"45"_s},
                           u"America/New_York"_s);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject s = list().first().toObject();
    QCOMPARE(s.value(u"start"_s).toString(), u"2026-07-01T09:00:00-04:00"_s);
}

void TestCliSessions::attendRecordsOccurrences()
{
    const qint64 single = addSession({u"--type"_s,
                                      u"peer-review"_s,
                                      u"--title"_s,
                                      u"Review"_s,
                                      u"--start"_s,
                                      u"2026-03-02T10:00"_s,
                                      u"--minutes"_s,
                                      u"45"_s});
    const qint64 series = addSession({u"--type"_s,
                                      u"micro-teach"_s,
                                      u"--title"_s,
                                      u"Micro"_s,
                                      u"--start"_s,
                                      u"2026-03-03T09:30"_s,
                                      u"--minutes"_s,
                                      u"15"_s,
                                      u"--repeat"_s,
                                      u"weekly"_s,
                                      u"--count"_s,
                                      u"4"_s});
    QVERIFY(single > 0 && series > 0);
    CliRun run = on({u"session"_s,
                     u"attend"_s,
                     u"--session"_s,
                     QString::number(single),
                     u"--person"_s,
                     u"ada@example.org"_s,
                     u"--status"_s,
                     u"attended"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Ada Lovelace: attended at \"Review\" on 2026-03-02"_s), qPrintable(run.out));
    run = on({u"session"_s,
              u"attend"_s,
              u"--session"_s,
              QString::number(series),
              u"--person"_s,
              u"Zoe Quinn"_s,
              u"--status"_s,
              u"excused"_s,
              u"--date"_s,
              u"2026-03-10"_s});
    QCOMPARE(run.exitCode, 0);
    // Changing one's mind changes the record, not the count.
    run = on({u"session"_s,
              u"attend"_s,
              u"--session"_s,
              QString::number(series),
              u"--person"_s,
              u"Zoe Quinn"_s,
              u"--status"_s,
              u"absent"_s,
              u"--date"_s,
              u"2026-03-10"_s});
    QCOMPARE(run.exitCode, 0);

    // A moved occurrence is found by its new day too, and recorded under its original one.
    {
        auto db = Database::open(m_db, Database::OpenMode::ExistingOnly);
        QVERIFY(db);
        QVERIFY(SessionRepository(**db).setException(
            series, RecurrenceException::move(QDate(2026, 3, 17), QDate(2026, 3, 19), QTime(9, 30))));
    }
    run = on({u"session"_s,
              u"attend"_s,
              u"--session"_s,
              QString::number(series),
              u"--person"_s,
              u"Ben Ito"_s,
              u"--status"_s,
              u"attended"_s,
              u"--date"_s,
              u"2026-03-19"_s});
    QCOMPARE(run.exitCode, 0);

    auto db = Database::open(m_db, Database::OpenMode::ExistingOnly);
    QVERIFY(db);
    auto q = runQuery((*db)->connection(),
                      u"SELECT a.session_id, a.occurrence_date, p.name, a.status FROM session_attendance a "
                      "JOIN person p ON p.id = a.person_id ORDER BY a.occurrence_date"_s);
    QVERIFY(q);
    QStringList rows;
    while (q->next())
        rows << u"%1 %2 %3 %4"_s.arg(
            q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString());
    QCOMPARE(rows,
             (QStringList{u"%1 2026-03-02 Ada Lovelace attended"_s.arg(single),
                          u"%1 2026-03-10 Zoe Quinn absent"_s.arg(series),
                          u"%1 2026-03-17 Ben Ito attended"_s.arg(series)}));
}

void TestCliSessions::badInputWritesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList add = {u"session"_s,
                             u"add"_s,
                             u"--community"_s,
                             kGuild,
                             u"--type"_s,
                             u"ama"_s,
                             u"--title"_s,
                             u"New"_s,
                             u"--start"_s,
                             u"2026-04-01T10:00"_s,
                             u"--timezone"_s,
                             kBerlin};
    const QStringList add60 = add + QStringList{u"--minutes"_s, u"60"_s};
    auto replaced = [](QStringList list, const QString& option, const QString& value) {
        list[list.indexOf(option) + 1] = value;
        return list;
    };
    const QStringList pairs = {u"schedule"_s, u"pairs"_s, u"--community"_s, kGuild, u"--rounds"_s, u"2"_s};
    const QStringList attend = {
        u"session"_s, u"attend"_s, u"--person"_s, u"Ada Lovelace"_s, u"--status"_s, u"attended"_s};

    QTest::addRow("overlapping session") << replaced(add60, u"--start"_s, u"2026-03-02T10:30"_s) << 1
                                         << u"would overlap"_s;
    QTest::addRow("overlapping a series occurrence")
        << replaced(add60, u"--start"_s, u"2026-03-17T09:00"_s) << 1 << u"would overlap"_s;
    QTest::addRow("zero minutes") << add + QStringList{u"--minutes"_s, u"0"_s} << 2 << u"--minutes"_s;
    QTest::addRow("negative minutes") << add + QStringList{u"--minutes"_s, u"-30"_s} << 2 << u"--minutes"_s;
    QTest::addRow("minutes not a number") << add + QStringList{u"--minutes"_s, u"an hour"_s} << 2 << u"--minutes"_s;
    QTest::addRow("no minutes") << add << 2 << u"--minutes"_s;
    QTest::addRow("no title") << replaced(add60, u"--title"_s, u" "_s) << 2 << u"--title"_s;
    QTest::addRow("series with neither count nor end")
        << add60 + QStringList{u"--repeat"_s, u"weekly"_s} << 2 << u"--count N or --until"_s;
    QTest::addRow("series with count and end")
        << add60 + QStringList{u"--repeat"_s, u"weekly"_s, u"--count"_s, u"3"_s, u"--until"_s, u"2026-05-01"_s} << 2
        << u"not both"_s;
    QTest::addRow("series ending before it starts")
        << add60 + QStringList{u"--repeat"_s, u"weekly"_s, u"--until"_s, u"2026-03-31"_s} << 2 << u"before it starts"_s;
    QTest::addRow("count without repeat") << add60 + QStringList{u"--count"_s, u"3"_s} << 2 << u"--repeat"_s;
    QTest::addRow("zero count") << add60 + QStringList{u"--repeat"_s, u"weekly"_s, u"--count"_s, u"0"_s} << 2
                                << u"--count"_s;
    QTest::addRow("unknown repeat") << add60 + QStringList{u"--repeat"_s, u"daily"_s, u"--count"_s, u"3"_s} << 2
                                    << u"daily"_s;
    QTest::addRow("unknown type") << replaced(add60, u"--type"_s, u"lecture"_s) << 2 << u"unknown session type"_s;
    QTest::addRow("bad start") << replaced(add60, u"--start"_s, u"1/4/2026 10am"_s) << 2 << u"YYYY-MM-DDTHH:MM"_s;
    QTest::addRow("start the clocks skip")
        << replaced(add60, u"--start"_s, u"2026-03-29T02:30"_s) << 2 << u"does not exist"_s;
    QTest::addRow("unknown time zone") << replaced(add60, u"--timezone"_s, u"Mars/Olympus"_s) << 2
                                       << u"unknown time zone"_s;
    QTest::addRow("unknown community") << replaced(add60, u"--community"_s, u"Nope"_s) << 1
                                       << u"no community is named Nope"_s;
    QTest::addRow("unknown facilitator") << add60 + QStringList{u"--facilitator"_s, u"Nobody"_s} << 1 << u"Nobody"_s;
    QTest::addRow("unknown person in a role")
        << add60 + QStringList{u"--role"_s, u"presenter=Nobody"_s} << 1 << u"Nobody"_s;
    QTest::addRow("bad role") << add60 + QStringList{u"--role"_s, u"hot-seat=Ada Lovelace"_s} << 2 << u"--role"_s;
    QTest::addRow("list of an unknown community")
        << QStringList{u"session"_s, u"list"_s, u"--community"_s, u"Nope"_s} << 1 << u"no community"_s;
    QTest::addRow("list ending before it starts") << QStringList{u"session"_s,
                                                                 u"list"_s,
                                                                 u"--community"_s,
                                                                 kGuild,
                                                                 u"--from"_s,
                                                                 u"2026-03-10"_s,
                                                                 u"--to"_s,
                                                                 u"2026-03-01"_s}
                                                  << 2 << u"before --from"_s;
    QTest::addRow("list with a bad date")
        << QStringList{u"session"_s, u"list"_s, u"--community"_s, kGuild, u"--from"_s, u"March"_s} << 2
        << u"YYYY-MM-DD"_s;
    QTest::addRow("attend: unknown person")
        << replaced(attend, u"--person"_s, u"Nobody"_s) + QStringList{u"--session"_s, u"SINGLE"_s} << 1 << u"Nobody"_s;
    QTest::addRow("attend: unknown session")
        << attend + QStringList{u"--session"_s, u"999"_s} << 1 << u"no session with the id 999"_s;
    QTest::addRow("attend: session is no number")
        << attend + QStringList{u"--session"_s, u"first"_s} << 2 << u"--session"_s;
    QTest::addRow("attend: bad status") << replaced(attend, u"--status"_s, u"late"_s)
                                               + QStringList{u"--session"_s, u"SINGLE"_s}
                                        << 2 << u"unknown status"_s;
    QTest::addRow("attend: a series needs the date")
        << attend + QStringList{u"--session"_s, u"SERIES"_s} << 2 << u"--date"_s;
    QTest::addRow("attend: no occurrence that day")
        << attend + QStringList{u"--session"_s, u"SERIES"_s, u"--date"_s, u"2026-03-18"_s} << 1
        << u"does not take place on 2026-03-18"_s;
    QTest::addRow("attend: a one-off on another day")
        << attend + QStringList{u"--session"_s, u"SINGLE"_s, u"--date"_s, u"2026-03-03"_s} << 1
        << u"does not take place"_s;
    QTest::addRow("pairs: no participants")
        << pairs + QStringList{u"--participants"_s, u""_s} << 2 << u"at least two participants (got 0)"_s;
    QTest::addRow("pairs: one participant")
        << pairs + QStringList{u"--participants"_s, u"Ada Lovelace"_s} << 2 << u"at least two participants (got 1)"_s;
    QTest::addRow("pairs: unknown person")
        << pairs + QStringList{u"--participants"_s, u"Ada Lovelace,Nobody"_s} << 1 << u"Nobody"_s;
    QTest::addRow("pairs: someone twice")
        << pairs + QStringList{u"--participants"_s, u"Ada Lovelace,Grace Hopper,ada@example.org"_s} << 2
        << u"listed twice"_s;
    QTest::addRow("pairs: unknown community")
        << replaced(pairs, u"--community"_s, u"Nope"_s) + QStringList{u"--participants"_s, u"Ada Lovelace,Ben Ito"_s}
        << 1 << u"no community"_s;
    QTest::addRow("pairs: unknown session")
        << pairs + QStringList{u"--session"_s, u"999"_s} << 1 << u"no session with the id 999"_s;
    QTest::addRow("pairs: session with nobody")
        << pairs + QStringList{u"--session"_s, u"SINGLE"_s, u"--save"_s} << 1 << u"at least two"_s;
    QTest::addRow("pairs: save without a session")
        << pairs + QStringList{u"--participants"_s, u"Ada Lovelace,Ben Ito"_s, u"--save"_s} << 2 << u"--save"_s;
    QTest::addRow("pairs: groups of five")
        << pairs + QStringList{u"--participants"_s, u"Ada Lovelace,Ben Ito"_s, u"--group-size"_s, u"5"_s} << 2
        << u"--group-size"_s;
    QTest::addRow("pairs: no rounds") << QStringList{u"schedule"_s,
                                                     u"pairs"_s,
                                                     u"--community"_s,
                                                     kGuild,
                                                     u"--participants"_s,
                                                     u"Ada Lovelace,Ben Ito"_s}
                                      << 2 << u"--rounds"_s;
    QTest::addRow("pairs: zero rounds") << replaced(pairs, u"--rounds"_s, u"0"_s)
                                               + QStringList{u"--participants"_s, u"Ada Lovelace,Ben Ito"_s}
                                        << 2 << u"--rounds"_s;
    QTest::addRow("pairs: neither participants nor session") << pairs << 2 << u"--participants"_s;
    QTest::addRow("export: unknown community")
        << QStringList{u"export"_s, u"ics"_s, u"--community"_s, u"Nope"_s, u"-o"_s, u"OUT"_s} << 1 << u"no community"_s;
    QTest::addRow("export: no sessions")
        << QStringList{u"export"_s, u"ics"_s, u"--community"_s, u"Empty Guild"_s, u"-o"_s, u"OUT"_s} << 1
        << u"no sessions"_s;
    QTest::addRow("export: unknown session")
        << QStringList{u"export"_s, u"ics"_s, u"--community"_s, kGuild, u"--session"_s, u"999"_s, u"-o"_s, u"OUT"_s}
        << 1 << u"no session with the id 999"_s;
    QTest::addRow("export: session of another community") << QStringList{u"export"_s,
                                                                         u"ics"_s,
                                                                         u"--community"_s,
                                                                         u"Empty Guild"_s,
                                                                         u"--session"_s,
                                                                         u"SINGLE"_s,
                                                                         u"-o"_s,
                                                                         u"OUT"_s}
                                                          << 1 << u"is not in Empty Guild"_s;
    QTest::addRow("export: no community")
        << QStringList{u"export"_s, u"ics"_s, u"-o"_s, u"OUT"_s} << 2 << u"--community"_s;
    QTest::addRow("export: unwritable file")
        << QStringList{u"export"_s, u"ics"_s, u"--community"_s, kGuild, u"-o"_s, u"/nonexistent/dir/x.ics"_s} << 1
        << u"cannot write"_s;
}

void TestCliSessions::badInputWritesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const qint64 single = addSession({u"--type"_s,
                                      u"case-round"_s,
                                      u"--title"_s,
                                      u"Existing"_s,
                                      u"--start"_s,
                                      u"2026-03-02T10:00"_s,
                                      u"--minutes"_s,
                                      u"60"_s});
    const qint64 series = addSession({u"--type"_s,
                                      u"micro-teach"_s,
                                      u"--title"_s,
                                      u"Weekly"_s,
                                      u"--start"_s,
                                      u"2026-03-03T09:00"_s,
                                      u"--minutes"_s,
                                      u"30"_s,
                                      u"--repeat"_s,
                                      u"weekly"_s,
                                      u"--count"_s,
                                      u"4"_s});
    QVERIFY(single > 0 && series > 0);
    const QString out = path(u"out.ics"_s);
    for (QString& argument : arguments) {
        if (argument == u"SINGLE"_s)
            argument = QString::number(single);
        else if (argument == u"SERIES"_s)
            argument = QString::number(series);
        else if (argument == u"OUT"_s)
            argument = out;
    }
    const QJsonArray before = list();
    const QStringList countsBefore = tableCounts();
    QCOMPARE(before.size(), 5);

    const CliRun run = on(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(run.err.startsWith(u"steward-cli: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QCOMPARE(list(), before);
    QCOMPARE(tableCounts(), countsBefore);
    QVERIFY(!QFile::exists(out));
}

void TestCliSessions::pairsJsonContract()
{
    const QString names = u"Ada Lovelace,Grace Hopper,Linus Pauling,Zoe Quinn,Ben Ito"_s;
    const CliRun run = on({u"schedule"_s,
                           u"pairs"_s,
                           u"--community"_s,
                           kGuild,
                           u"--participants"_s,
                           names,
                           u"--rounds"_s,
                           u"3"_s,
                           u"--seed"_s,
                           u"4"_s,
                           u"--format"_s,
                           u"json"_s});
    QCOMPARE(run.exitCode, 0);
    // Exactly {"rounds":[[["A","B"],["C","D","E"]], ...],"repeats":K}: rounds first, compact, names.
    static const QRegularExpression shape(
        u"^\\{\"rounds\":\\[(\\[(\\[(\"[^\"]+\",?)+\\],?)+\\],?)+\\],\"repeats\":\\d+\\}\\n$"_s);
    QVERIFY2(shape.match(run.out).hasMatch(), qPrintable(run.out));
    const QJsonObject plan = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(plan.keys(), (QStringList{u"repeats"_s, u"rounds"_s}));
    const QJsonArray rounds = plan.value(u"rounds"_s).toArray();
    QCOMPARE(rounds.size(), 3);
    for (const QJsonValue& round : rounds) {
        QSet<QString> everyone;
        for (const QJsonValue& group : round.toArray()) {
            QVERIFY(group.toArray().size() == 2 || group.toArray().size() == 3);
            for (const QJsonValue& name : group.toArray())
                everyone.insert(name.toString());
        }
        const QStringList expected = names.split(u',');
        QCOMPARE(everyone, QSet<QString>(expected.begin(), expected.end()));
    }
    // The same seed gives the same plan.
    QCOMPARE(on({u"schedule"_s,
                 u"pairs"_s,
                 u"--community"_s,
                 kGuild,
                 u"--participants"_s,
                 names,
                 u"--rounds"_s,
                 u"3"_s,
                 u"--seed"_s,
                 u"4"_s,
                 u"--format"_s,
                 u"json"_s})
                 .out,
             run.out);

    const QString file = writeFile(u"plan.json"_s, run.out.toUtf8());
    QByteArray output;
    const QString repeats = QString::number(plan.value(u"repeats"_s).toInt());
    QVERIFY2(runPython({checker("check_pairs.py"), file, u"5"_s, repeats}, output), output.constData());
    QCOMPARE(output.trimmed(), u"rounds=3 participants=5 repeats=%1"_s.arg(repeats).toUtf8());

    const CliRun csv = on({u"schedule"_s,
                           u"pairs"_s,
                           u"--community"_s,
                           kGuild,
                           u"--participants"_s,
                           names,
                           u"--rounds"_s,
                           u"3"_s,
                           u"--group-size"_s,
                           u"3"_s,
                           u"--mix-teams"_s,
                           u"--format"_s,
                           u"csv"_s});
    QCOMPARE(csv.exitCode, 0);
    const QStringList lines = csv.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.constFirst(), u"round,group,person"_s);
    QCOMPARE(lines.size(), 1 + 3 * 5);
    const CliRun text =
        on({u"schedule"_s, u"pairs"_s, u"--community"_s, kGuild, u"--participants"_s, names, u"--rounds"_s, u"2"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.startsWith(u"Round 1: "_s), qPrintable(text.out));
}

void TestCliSessions::pairsFortyByThirtyNine()
{
    makePeople(40);
    QStringList names;
    for (int i = 1; i <= 40; ++i)
        names << u"P%1"_s.arg(i, 2, 10, QLatin1Char('0'));
    QElapsedTimer timer;
    timer.start();
    const CliRun run = on({u"schedule"_s,
                           u"pairs"_s,
                           u"--community"_s,
                           kGuild,
                           u"--participants"_s,
                           names.join(u','),
                           u"--rounds"_s,
                           u"39"_s,
                           u"--format"_s,
                           u"json"_s});
    const qint64 elapsed = timer.elapsed();
    qInfo("schedule pairs, 40 participants x 39 rounds: %lld ms (the whole steward-cli process)", elapsed);
    QCOMPARE(run.exitCode, 0);
    const QJsonObject plan = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(plan.value(u"repeats"_s).toInt(-1), 0);
    QCOMPARE(plan.value(u"rounds"_s).toArray().size(), 39);
    const QString file = writeFile(u"forty.json"_s, run.out.toUtf8());
    QByteArray output;
    QVERIFY2(runPython({checker("check_pairs.py"), file, u"40"_s, u"0"_s}, output), output.constData());
    QCOMPARE(output.trimmed(), QByteArray("rounds=39 participants=40 repeats=0"));
}

void TestCliSessions::pairsMoreRoundsThanPossibleAreHonest()
{
    const CliRun run = on({u"schedule"_s,
                           u"pairs"_s,
                           u"--community"_s,
                           kGuild,
                           u"--participants"_s,
                           u"Ada Lovelace,Grace Hopper,Zoe Quinn,Ben Ito"_s,
                           u"--rounds"_s,
                           u"5"_s,
                           u"--format"_s,
                           u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const int repeats = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"repeats"_s).toInt(-1);
    // Four people meet all three partners in three rounds; two more rounds repeat two pairs each.
    QCOMPARE(repeats, 4);
    const QString file = writeFile(u"plan.json"_s, run.out.toUtf8());
    QByteArray output;
    QVERIFY2(runPython({checker("check_pairs.py"), file, u"4"_s, QString::number(repeats)}, output),
             output.constData());
    QVERIFY(!runPython({checker("check_pairs.py"), file, u"4"_s, QString::number(repeats - 1)}, output));
}

void TestCliSessions::pairsFromASessionUseHistoryAndSave()
{
    const QStringList people = {
        u"Ada Lovelace"_s, u"Grace Hopper"_s, u"Linus Pauling"_s, u"Zoe Quinn"_s, u"Ben Ito"_s, u"Mia Rossi"_s};
    const qint64 first = addSession({u"--type"_s,
                                     u"think-pair-share"_s,
                                     u"--title"_s,
                                     u"TPS 1"_s,
                                     u"--start"_s,
                                     u"2026-03-02T10:00"_s,
                                     u"--minutes"_s,
                                     u"30"_s});
    const qint64 second = addSession({u"--type"_s,
                                      u"think-pair-share"_s,
                                      u"--title"_s,
                                      u"TPS 2"_s,
                                      u"--start"_s,
                                      u"2026-03-09T10:00"_s,
                                      u"--minutes"_s,
                                      u"30"_s,
                                      u"--facilitator"_s,
                                      u"Ada Lovelace"_s,
                                      u"--role"_s,
                                      u"presenter=Grace Hopper"_s});
    QVERIFY(first > 0 && second > 0);
    for (const QString& person : people) {
        QCOMPARE(on({u"session"_s,
                     u"attend"_s,
                     u"--session"_s,
                     QString::number(first),
                     u"--person"_s,
                     person,
                     u"--status"_s,
                     u"attended"_s})
                     .exitCode,
                 0);
    }
    CliRun run = on({u"schedule"_s,
                     u"pairs"_s,
                     u"--session"_s,
                     QString::number(first),
                     u"--rounds"_s,
                     u"2"_s,
                     u"--save"_s,
                     u"--format"_s,
                     u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject firstPlan = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(firstPlan.value(u"repeats"_s).toInt(-1), 0);

    auto stored = [this](qint64 session, QDate date) {
        auto db = Database::open(m_db, Database::OpenMode::ExistingOnly);
        return db ? *SessionPairingRepository(**db).find(session, date) : SessionPairing();
    };
    const SessionPairing saved = stored(first, QDate(2026, 3, 2));
    QCOMPARE(saved.rounds().size(), 2);
    QCOMPARE(saved.seats.size(), 12);

    // The second session pairs the same six (given by name) and avoids every pair of the first.
    run = on({u"schedule"_s,
              u"pairs"_s,
              u"--session"_s,
              QString::number(second),
              u"--participants"_s,
              people.join(u','),
              u"--rounds"_s,
              u"3"_s,
              u"--format"_s,
              u"json"_s});
    QCOMPARE(run.exitCode, 0);
    QSet<QString> earlier;
    for (const QJsonValue& round : firstPlan.value(u"rounds"_s).toArray()) {
        for (const QJsonValue& group : round.toArray()) {
            QStringList pair = group.toVariant().toStringList();
            pair.sort();
            earlier.insert(pair.join(u'+'));
        }
    }
    for (const QJsonValue& round : QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"rounds"_s).toArray()) {
        for (const QJsonValue& group : round.toArray()) {
            QStringList pair = group.toVariant().toStringList();
            pair.sort();
            QVERIFY2(!earlier.contains(pair.join(u'+')), qPrintable(pair.join(u'+')));
        }
    }
    // Without attendance, a session's participants are its facilitator and the people with roles.
    run = on({u"schedule"_s,
              u"pairs"_s,
              u"--session"_s,
              QString::number(second),
              u"--rounds"_s,
              u"1"_s,
              u"--format"_s,
              u"json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"{\"rounds\":[[[\"Ada Lovelace\",\"Grace Hopper\"]]],\"repeats\":0}\n"_s);
    QVERIFY(stored(second, QDate(2026, 3, 9)).seats.isEmpty());
}

void TestCliSessions::exportIcsPassesTheChecker()
{
    const qint64 single = addSession({u"--type"_s,        u"ama"_s,
                                      u"--title"_s,       u"AMA; with, escapes"_s,
                                      u"--start"_s,       u"2026-03-02T10:00"_s,
                                      u"--minutes"_s,     u"45"_s,
                                      u"--facilitator"_s, u"Ada Lovelace"_s,
                                      u"--role"_s,        u"presenter=Grace Hopper"_s,
                                      u"--role"_s,        u"observer=Linus Pauling"_s,
                                      u"--place"_s,       u"Room Hopper"_s,
                                      u"--link"_s,        u"https://meet.example.org/ama"_s,
                                      u"--notes"_s,       u"Open notes"_s});
    const qint64 series = addSession({u"--type"_s,
                                      u"incident-retrospective"_s,
                                      u"--title"_s,
                                      u"Retro"_s,
                                      u"--start"_s,
                                      u"2026-03-05T15:00"_s,
                                      u"--minutes"_s,
                                      u"60"_s,
                                      u"--repeat"_s,
                                      u"biweekly"_s,
                                      u"--until"_s,
                                      u"2026-06-30"_s,
                                      u"--facilitator"_s,
                                      u"zoe@example.org"_s});
    QVERIFY(single > 0 && series > 0);
    {
        auto db = Database::open(m_db, Database::OpenMode::ExistingOnly);
        QVERIFY(db);
        SessionRepository repository(**db);
        QVERIFY(repository.setException(series, RecurrenceException::cancel(QDate(2026, 3, 19))));
        QVERIFY(repository.setException(series,
                                        RecurrenceException::move(QDate(2026, 4, 2), QDate(2026, 4, 3), QTime(14, 0))));
    }
    const QString file = path(u"guild.ics"_s);
    CliRun run = on({u"export"_s, u"ics"_s, u"--community"_s, kGuild, u"--timezone"_s, kBerlin, u"-o"_s, file});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    QByteArray output;
    QVERIFY2(runPython({checker("check_ics.py"), file}, output), output.constData());
    QCOMPARE(output.trimmed(), QByteArray("ics ok: 3 events, 1 series"));

    // Content lines unfolded (RFC 5545 3.1) before looking for values.
    const QByteArray ics = readFile(file).replace("\r\n ", "");
    QVERIFY(ics.contains("X-WR-CALNAME:Testing Guild\r\n"));
    QVERIFY(ics.contains("SUMMARY:AMA\\; with\\, escapes\r\n"));
    QVERIFY(ics.contains("DTSTART;TZID=Europe/Berlin:20260302T100000\r\n"));
    QVERIFY(ics.contains("RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL="));
    QVERIFY(ics.contains("EXDATE;TZID=Europe/Berlin:20260319T150000\r\n"));
    QVERIFY(ics.contains("RECURRENCE-ID;TZID=Europe/Berlin:20260402T150000\r\n"));
    QVERIFY(ics.contains("ORGANIZER;CN=\"Ada Lovelace\":mailto:ada@example.org\r\n"));
    QVERIFY(ics.contains("ORGANIZER;CN=\"Zoe Quinn\":mailto:zoe@example.org\r\n"));
    QVERIFY(ics.contains("mailto:grace@example.org"));
    QVERIFY(!ics.contains("Linus")); // no email: left out
    QVERIFY(ics.contains("LOCATION:Room Hopper\r\n"));
    QVERIFY(ics.contains("URL:https://meet.example.org/ama\r\n"));
    QVERIFY(ics.contains("Open notes"));

    // Stable UIDs: a second export names the same sessions the same way; a single session alone.
    static const QRegularExpression uid(u"UID:([^\\r]+)\\r\\n"_s);
    auto uids = [](const QByteArray& data) {
        QStringList found;
        for (auto it = uid.globalMatch(QString::fromUtf8(data)); it.hasNext();)
            found << it.next().captured(1);
        return found;
    };
    const QString again = path(u"again.ics"_s);
    QCOMPARE(on({u"export"_s, u"ics"_s, u"--community"_s, kGuild, u"-o"_s, again}).exitCode, 0);
    QCOMPARE(uids(readFile(again)), uids(ics));
    const QStringList exported = uids(ics);
    QCOMPARE(QSet<QString>(exported.begin(), exported.end()).size(), 2);
    run = on({u"export"_s, u"ics"_s, u"--community"_s, kGuild, u"--session"_s, QString::number(single)});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"BEGIN:VCALENDAR\r\n"_s));
    QCOMPARE(uids(run.out.toUtf8()), QStringList{uids(ics).constFirst()});
}

void TestCliSessions::confidentialNotesStayIn()
{
    const qint64 secret = addSession({u"--type"_s,
                                      u"mastermind"_s,
                                      u"--title"_s,
                                      u"Mastermind"_s,
                                      u"--start"_s,
                                      u"2026-03-04T16:00"_s,
                                      u"--minutes"_s,
                                      u"90"_s,
                                      u"--confidential"_s,
                                      u"--agenda"_s,
                                      u"Check-in, hot seats, check-out"_s,
                                      u"--notes"_s,
                                      u"SECRET-NOTE churn at Northwind"_s,
                                      u"--learnings"_s,
                                      u"SECRET-LEARNING phased renewal"_s,
                                      u"--facilitator"_s,
                                      u"Ada Lovelace"_s});
    QVERIFY(addSession({u"--type"_s,
                        u"demo-day"_s,
                        u"--title"_s,
                        u"Demo"_s,
                        u"--start"_s,
                        u"2026-03-06T16:00"_s,
                        u"--minutes"_s,
                        u"60"_s,
                        u"--notes"_s,
                        u"OPEN-NOTE shown"_s})
            > 0);
    QVERIFY(secret > 0);
    const CliRun json = on({u"session"_s, u"list"_s, u"--community"_s, kGuild, u"--format"_s, u"json"_s});
    const CliRun csv = on({u"session"_s, u"list"_s, u"--community"_s, kGuild, u"--format"_s, u"csv"_s});
    QCOMPARE(json.exitCode, 0);
    for (const QString& out : {json.out, csv.out}) {
        QVERIFY2(!out.contains(u"SECRET"_s), qPrintable(out));
        QVERIFY(out.contains(u"OPEN-NOTE shown"_s));
    }
    const QJsonObject listed = QJsonDocument::fromJson(json.out.toUtf8()).array().first().toObject();
    QCOMPARE(listed.value(u"confidential"_s), QJsonValue(true));
    QVERIFY(listed.value(u"notes"_s).isNull());
    QVERIFY(listed.value(u"learnings"_s).isNull());

    const QString file = path(u"secret.ics"_s);
    QCOMPARE(on({u"export"_s, u"ics"_s, u"--community"_s, kGuild, u"-o"_s, file}).exitCode, 0);
    const QByteArray ics = readFile(file).replace("\r\n ", "");
    QVERIFY(!ics.contains("SECRET"));
    QVERIFY(ics.contains("CLASS:PRIVATE\r\n"));
    QVERIFY(ics.contains("SUMMARY:Mastermind\r\n"));
    QVERIFY(ics.contains("OPEN-NOTE shown"));
    QByteArray output;
    QVERIFY2(runPython({checker("check_ics.py"), file}, output), output.constData());
}

void TestCliSessions::helpForSessionCommands_data()
{
    QTest::addColumn<QStringList>("command");
    for (const char* command : {"session add",
                                "session list",
                                "session attend",
                                "session move",
                                "session cancel",
                                "session pairs-met",
                                "schedule pairs",
                                "export ics"})
        QTest::addRow("%s", command) << QString::fromLatin1(command).split(QLatin1Char(' '));
}

void TestCliSessions::helpForSessionCommands()
{
    QFETCH(QStringList, command);
    const CliRun run = cli(command + QStringList{u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(u"Usage: steward-cli --db FILE "_s + command.join(u' ')), qPrintable(run.out));
    const CliRun overview = cli({u"--help"_s});
    QVERIFY(overview.out.contains(command.join(u' ')));
}

void TestCliSessions::demoHasSessionsThatExport()
{
    const QString demo = path(u"demo.steward"_s);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(cli({u"--db"_s, demo, u"demo"_s}).exitCode, 0);
    qInfo("steward-cli demo: %lld ms (the whole process)", timer.elapsed());
    QCOMPARE(cli({u"--db"_s, path(u"again.steward"_s), u"demo"_s}).exitCode, 0);
    QSet<QString> types;
    for (const QString& community :
         {u"Site Reliability Guild"_s, u"People Analytics Circle"_s, u"Customer Success Practice"_s}) {
        const CliRun run =
            cli({u"--db"_s, demo, u"session"_s, u"list"_s, u"--community"_s, community, u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray sessions = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QVERIFY2(sessions.size() >= 20, qPrintable(community));
        for (const QJsonValue& value : sessions) {
            types.insert(value.toObject().value(u"type"_s).toString());
            if (value.toObject().value(u"confidential"_s).toBool())
                QVERIFY(value.toObject().value(u"notes"_s).isNull());
        }
        // Same seed, same day: the same sessions.
        QCOMPARE(cli({u"--db"_s,
                      path(u"again.steward"_s),
                      u"session"_s,
                      u"list"_s,
                      u"--community"_s,
                      community,
                      u"--format"_s,
                      u"json"_s})
                     .out,
                 run.out);
        const QString file = path(u"demo.ics"_s);
        QCOMPARE(cli({u"--db"_s, demo, u"export"_s, u"ics"_s, u"--community"_s, community, u"-o"_s, file}).exitCode, 0);
        QByteArray output;
        QVERIFY2(runPython({checker("check_ics.py"), file}, output), output.constData());
        QVERIFY(!readFile(file).replace("\r\n ", "").contains("Northwind")); // the mastermind's confidential notes
    }
    QCOMPARE(types.size(), 11);
}

void TestCliSessions::moveAndCancelOneOccurrence()
{
    const qint64 id = addSession({u"--type"_s,
                                  u"case-round"_s,
                                  u"--title"_s,
                                  u"Weekly case"_s,
                                  u"--start"_s,
                                  u"2026-11-03T10:00"_s,
                                  u"--minutes"_s,
                                  u"60"_s,
                                  u"--repeat"_s,
                                  u"weekly"_s,
                                  u"--count"_s,
                                  u"4"_s});
    QVERIFY(id > 0);
    CliRun run = on({u"session"_s,
                     u"move"_s,
                     u"--session"_s,
                     QString::number(id),
                     u"--date"_s,
                     u"2026-11-10"_s,
                     u"--to"_s,
                     u"2026-11-12T14:30"_s,
                     u"--minutes"_s,
                     u"90"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Moved \"Weekly case\" of 2026-11-10 to 2026-11-12T14:30:00+01:00.\n"_s);
    run = on({u"session"_s, u"cancel"_s, u"--session"_s, QString::number(id), u"--date"_s, u"2026-11-17"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Cancelled \"Weekly case\" on 2026-11-17.\n"_s);

    QStringList starts;
    for (const QJsonValue& value : list())
        starts << value.toObject().value(u"start"_s).toString();
    QCOMPARE(
        starts,
        QStringList({u"2026-11-03T10:00:00+01:00"_s, u"2026-11-12T14:30:00+01:00"_s, u"2026-11-24T10:00:00+01:00"_s}));
    // Attendance of the moved occurrence is recorded under its name or the day it moved to.
    run = on({u"session"_s,
              u"attend"_s,
              u"--session"_s,
              QString::number(id),
              u"--date"_s,
              u"2026-11-12"_s,
              u"--person"_s,
              u"Ada Lovelace"_s,
              u"--status"_s,
              u"attended"_s});
    QCOMPARE(run.exitCode, 0);
    // Moving it again replaces the first move; the cancelled one cannot be moved (it does not take place).
    QCOMPARE(on({u"session"_s,
                 u"move"_s,
                 u"--session"_s,
                 QString::number(id),
                 u"--date"_s,
                 u"2026-11-10"_s,
                 u"--to"_s,
                 u"2026-11-11T09:00"_s})
                 .exitCode,
             0);
    QCOMPARE(list().at(1).toObject().value(u"start"_s).toString(), u"2026-11-11T09:00:00+01:00"_s);
    run = on({u"session"_s,
              u"move"_s,
              u"--session"_s,
              QString::number(id),
              u"--date"_s,
              u"2026-11-17"_s,
              u"--to"_s,
              u"2026-11-18T09:00"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"does not take place"_s), qPrintable(run.err));
}

void TestCliSessions::moveAndCancelBadInputWritesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList move{u"session"_s, u"move"_s, u"--session"_s, u"SERIES"_s};
    const QStringList cancel{u"session"_s, u"cancel"_s, u"--session"_s, u"SERIES"_s};
    QTest::newRow("move without --to") << move + QStringList{u"--date"_s, u"2026-11-10"_s} << 2 << u"needs --to"_s;
    QTest::newRow("move without --date") << move + QStringList{u"--to"_s, u"2026-11-12T10:00"_s} << 2
                                         << u"needs --date"_s;
    QTest::newRow("malformed --to") << move + QStringList{u"--date"_s, u"2026-11-10"_s, u"--to"_s, u"tomorrow"_s} << 2
                                    << u"YYYY-MM-DDTHH:MM"_s;
    QTest::newRow("malformed --date") << cancel + QStringList{u"--date"_s, u"10.11.2026"_s} << 2 << u"YYYY-MM-DD"_s;
    QTest::newRow("not an occurrence") << cancel + QStringList{u"--date"_s, u"2026-11-11"_s} << 1
                                       << u"does not take place"_s;
    QTest::newRow("onto the next one")
        << move + QStringList{u"--date"_s, u"2026-11-10"_s, u"--to"_s, u"2026-11-17T10:30"_s} << 1 << u"overlap"_s;
    QTest::newRow("one-off moved") << QStringList{u"session"_s,
                                                  u"move"_s,
                                                  u"--session"_s,
                                                  u"ONEOFF"_s,
                                                  u"--date"_s,
                                                  u"2026-12-01"_s,
                                                  u"--to"_s,
                                                  u"2026-12-02T10:00"_s}
                                   << 2 << u"one-off"_s;
    QTest::newRow("one-off cancelled")
        << QStringList{u"session"_s, u"cancel"_s, u"--session"_s, u"ONEOFF"_s, u"--date"_s, u"2026-12-01"_s} << 2
        << u"one-off"_s;
    QTest::newRow("no such session")
        << QStringList{u"session"_s, u"cancel"_s, u"--session"_s, u"999"_s, u"--date"_s, u"2026-12-01"_s} << 1
        << u"999"_s;
}

void TestCliSessions::moveAndCancelBadInputWritesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const qint64 series = addSession({u"--type"_s,
                                      u"case-round"_s,
                                      u"--title"_s,
                                      u"Series"_s,
                                      u"--start"_s,
                                      u"2026-11-03T10:00"_s,
                                      u"--minutes"_s,
                                      u"60"_s,
                                      u"--repeat"_s,
                                      u"weekly"_s,
                                      u"--count"_s,
                                      u"4"_s});
    const qint64 oneOff = addSession({u"--type"_s,
                                      u"ama"_s,
                                      u"--title"_s,
                                      u"One-off"_s,
                                      u"--start"_s,
                                      u"2026-12-01T10:00"_s,
                                      u"--minutes"_s,
                                      u"60"_s});
    QVERIFY(series > 0 && oneOff > 0);
    arguments.replaceInStrings(u"SERIES"_s, QString::number(series));
    arguments.replaceInStrings(u"ONEOFF"_s, QString::number(oneOff));
    const QStringList before = tableCounts();
    const CliRun run = on(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(tableCounts(), before);
}

void TestCliSessions::pairsMetMarksTheHistory()
{
    const QStringList people = {u"Ada Lovelace"_s, u"Grace Hopper"_s, u"Zoe Quinn"_s, u"Ben Ito"_s};
    const qint64 id = addSession({u"--type"_s,
                                  u"think-pair-share"_s,
                                  u"--title"_s,
                                  u"TPS"_s,
                                  u"--start"_s,
                                  u"2026-03-02T10:00"_s,
                                  u"--minutes"_s,
                                  u"30"_s});
    QVERIFY(id > 0);
    CliRun run = on({u"schedule"_s,
                     u"pairs"_s,
                     u"--session"_s,
                     QString::number(id),
                     u"--participants"_s,
                     people.join(u','),
                     u"--rounds"_s,
                     u"2"_s,
                     u"--save"_s,
                     u"--format"_s,
                     u"json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray rounds = QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"rounds"_s).toArray();
    const QStringList pair = rounds.at(1).toArray().at(0).toVariant().toStringList();
    const QStringList other = rounds.at(1).toArray().at(1).toVariant().toStringList();
    auto history = [this] {
        auto db = Database::open(m_db, Database::OpenMode::ExistingOnly);
        if (!db)
            return PairingHistory();
        const auto community = CommunityRepository(**db).findByName(kGuild).value();
        return SessionPairingRepository(**db).history(community->id).value();
    };
    QCOMPARE(history().entries().size(), 4);

    const QStringList markNot{u"session"_s,
                              u"pairs-met"_s,
                              u"--session"_s,
                              QString::number(id),
                              u"--round"_s,
                              u"2"_s,
                              u"--people"_s,
                              pair.join(u','),
                              u"--not"_s};
    run = on(markNot);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"Round 2 of \"TPS\" on 2026-03-02: %1 did not meet.\n"_s.arg(pair.join(u", "_s)));
    QCOMPARE(history().entries().size(), 3);
    run = on(markNot.mid(0, markNot.size() - 1));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.endsWith(u" met.\n"_s));
    QCOMPARE(history().entries().size(), 4);

    // People of different groups, someone without a seat, a round that was not stored: refused, nothing changes.
    const QStringList before = tableCounts();
    const QList<QPair<QStringList, QString>> bad = {
        {{u"--round"_s, u"2"_s, u"--people"_s, pair.at(0) + u',' + other.at(0)}, u"different groups"_s},
        {{u"--round"_s, u"2"_s, u"--people"_s, u"Mia Rossi"_s}, u"no place in round 2"_s},
        {{u"--round"_s, u"3"_s, u"--people"_s, pair.join(u',')}, u"not a round 3"_s},
        {{u"--round"_s, u"0"_s, u"--people"_s, pair.join(u',')}, u"--round"_s},
        {{u"--round"_s, u"2"_s, u"--people"_s, u"Nobody Known"_s}, u"Nobody Known"_s},
        {{u"--round"_s, u"2"_s}, u"needs --people"_s},
    };
    for (const auto& [options, message] : bad) {
        run = on(QStringList{u"session"_s, u"pairs-met"_s, u"--session"_s, QString::number(id)} + options);
        QVERIFY2(run.exitCode != 0, qPrintable(options.join(u' ')));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
    QCOMPARE(tableCounts(), before);
    QCOMPARE(history().entries().size(), 4);
}

QTEST_GUILESS_MAIN(TestCliSessions)
#include "TestCliSessions.moc"
