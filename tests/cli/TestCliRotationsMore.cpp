// SPDX-License-Identifier: GPL-3.0-or-later
// `steward-cli goal|opt-out|topic` and `export ics --plan` end to end through the real executable on the
// sample: JSON contracts, flags, bad input that writes nothing, confidential notes only when asked for,
// and the calendar checked by the shared checker (shared/checks/check_ics.py, python3-icalendar).
#include "CliRunner.h"
#include "TestWorkspace.h"

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

constexpr auto kGroup = "Incident Commanders Circle";
constexpr auto kSecret = "Walrus-private-4411";

} // namespace

class TestCliRotationsMore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void goalAddCheckInAndList();
    void goalFlagsOnTheSample();
    void goalBadInputWritesNothing_data();
    void goalBadInputWritesNothing();
    void optOutAddAndList();
    void topicAddAndList();
    void exportIcsOfEveryPlan();

private:
    CliRun cli(const QStringList& arguments) const;
    QJsonArray json(const QStringList& arguments) const;
    QString memberOf(const QString& group, int index) const;

    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliRotationsMore::initTestCase()
{
    QVERIFY2(QFile::exists(test::cliPath()), qPrintable(u"steward-cli not found: "_s + test::cliPath()));
    QVERIFY2(QFile::exists(QStringLiteral(STEWARD_ICS_CHECKER)), "missing " STEWARD_ICS_CHECKER);
    m_db = m_dir.filePath(u"sample.steward"_s);
    const CliRun demo = cli({u"demo"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

CliRun TestCliRotationsMore::cli(const QStringList& arguments) const
{
    return test::runCli(QStringList{u"--db"_s, m_db} + arguments);
}

QJsonArray TestCliRotationsMore::json(const QStringList& arguments) const
{
    const CliRun run = cli(arguments + QStringList{u"--format"_s, u"json"_s});
    if (run.exitCode != 0)
        qWarning("%s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

QString TestCliRotationsMore::memberOf(const QString& group, int index) const
{
    for (const QJsonValue& g : json({u"mastermind"_s, u"list"_s})) {
        if (g[u"name"_s].toString() == group)
            return g[u"members"_s].toArray().at(index).toString();
    }
    return {};
}

void TestCliRotationsMore::goalAddCheckInAndList()
{
    const QString member = memberOf(QString::fromLatin1(kGroup), 0);
    QVERIFY(!member.isEmpty());
    const CliRun add = cli({u"goal"_s,
                            u"add"_s,
                            u"--group"_s,
                            QString::fromLatin1(kGroup),
                            u"--person"_s,
                            member,
                            u"--text"_s,
                            u"Write the postmortem template"_s,
                            u"--target"_s,
                            u"2030-01-31"_s});
    QCOMPARE(add.exitCode, 0);
    const QString id = add.out.section(u' ', 2, 2);
    // steward-cli runs on the system clock; a check-in counts once its meeting has taken place.
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const CliRun checkIn = cli({u"goal"_s,
                                u"checkin"_s,
                                u"--goal"_s,
                                id,
                                u"--date"_s,
                                today,
                                u"--progress"_s,
                                u"40"_s,
                                u"--note"_s,
                                u"First draft shared"_s,
                                u"--confidential-note"_s,
                                QString::fromLatin1(kSecret)});
    QVERIFY2(checkIn.exitCode == 0, qPrintable(checkIn.err));

    const QStringList list = {u"goal"_s, u"list"_s, u"--group"_s, QString::fromLatin1(kGroup)};
    QJsonObject mine;
    for (const QJsonValue& goal : json(list)) {
        if (goal[u"id"_s].toInteger() == id.toLongLong())
            mine = goal.toObject();
    }
    QCOMPARE(mine[u"person"_s].toString(), member);
    QCOMPARE(mine[u"text"_s].toString(), u"Write the postmortem template"_s);
    QCOMPARE(mine[u"target"_s].toString(), u"2030-01-31"_s);
    QCOMPARE(mine[u"status"_s].toString(), u"on_track"_s);
    QCOMPARE(mine[u"last_checkin"_s].toString(), today);
    QCOMPARE(mine[u"progress"_s].toInt(), 40);
    QCOMPARE(mine[u"last_note"_s].toString(), u"First draft shared"_s);
    QVERIFY(!mine.contains(u"confidential_note"_s));
    // The confidential note never appears in any format unless asked for.
    for (const QString& format : {u"json"_s, u"csv"_s})
        QVERIFY(!cli(list + QStringList{u"--format"_s, format}).out.contains(QString::fromLatin1(kSecret)));
    QVERIFY(!cli(list).out.contains(QString::fromLatin1(kSecret)));
    QVERIFY(cli(list + QStringList{u"--include-confidential"_s, u"--format"_s, u"csv"_s})
                .out.contains(QString::fromLatin1(kSecret)));
}

void TestCliRotationsMore::goalFlagsOnTheSample()
{
    // The sample's goals are set at the group's first meeting; some have passed their target date.
    int pastTarget = 0;
    for (const QJsonValue& goal : json({u"goal"_s, u"list"_s, u"--group"_s, QString::fromLatin1(kGroup)})) {
        const QString flags = goal[u"flags"_s].toString();
        const bool open = goal[u"status"_s].toString() != u"done"_s;
        if (flags.contains(u"past-target"_s))
            ++pastTarget;
        QVERIFY(goal[u"streak"_s].toInt() >= 0);
        if (!open)
            QVERIFY2(flags.isEmpty(), "a done goal is flagged");
    }
    QVERIFY2(pastTarget > 0, "no sample goal is past its target date");
}

void TestCliRotationsMore::goalBadInputWritesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString group = QString::fromLatin1(kGroup);
    QTest::addRow("unknown group")
        << QStringList{u"goal"_s, u"add"_s, u"--group"_s, u"Nope"_s, u"--person"_s, u"x"_s, u"--text"_s, u"t"_s}
        << u"no mastermind group is named 'Nope'"_s;
    QTest::addRow("no text") << QStringList{u"goal"_s, u"add"_s, u"--group"_s, group, u"--person"_s, u"x"_s}
                             << u"goal add needs --text"_s;
    QTest::addRow("bad target") << QStringList{u"goal"_s,
                                               u"add"_s,
                                               u"--group"_s,
                                               group,
                                               u"--person"_s,
                                               u"x"_s,
                                               u"--text"_s,
                                               u"t"_s,
                                               u"--target"_s,
                                               u"31/01/2030"_s}
                                << u"--target: '31/01/2030' is not a date"_s;
    QTest::addRow("bad status") << QStringList{u"goal"_s,
                                               u"add"_s,
                                               u"--group"_s,
                                               group,
                                               u"--person"_s,
                                               u"x"_s,
                                               u"--text"_s,
                                               u"t"_s,
                                               u"--status"_s,
                                               u"great"_s}
                                << u"--status: 'great'"_s;
    QTest::addRow("progress over 100")
        << QStringList{u"goal"_s, u"checkin"_s, u"--goal"_s, u"1"_s, u"--progress"_s, u"150"_s}
        << u"0 to 100, not 150"_s;
    QTest::addRow("no such goal")
        << QStringList{u"goal"_s, u"checkin"_s, u"--goal"_s, u"99999"_s, u"--progress"_s, u"5"_s}
        << u"there is no goal 99999"_s;
}

void TestCliRotationsMore::goalBadInputWritesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QStringList list = {u"goal"_s,
                              u"list"_s,
                              u"--group"_s,
                              QString::fromLatin1(kGroup),
                              u"--format"_s,
                              u"csv"_s,
                              u"--include-confidential"_s};
    const QString before = cli(list).out;
    const CliRun run = cli(arguments);
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(cli(list).out, before);
}

void TestCliRotationsMore::optOutAddAndList()
{
    const QString member = memberOf(QString::fromLatin1(kGroup), 1);
    const QStringList add = {u"opt-out"_s,
                             u"add"_s,
                             u"--person"_s,
                             member,
                             u"--kind"_s,
                             u"on-call"_s,
                             u"--community"_s,
                             u"Site Reliability Guild"_s,
                             u"--note"_s,
                             u"new parent"_s};
    QCOMPARE(cli(add).exitCode, 0);
    const CliRun twice = cli(add);
    QVERIFY(twice.exitCode != 0);
    QVERIFY2(twice.err.contains(u"already"_s), qPrintable(twice.err));
    const CliRun badKind = cli({u"opt-out"_s, u"add"_s, u"--person"_s, member, u"--kind"_s, u"lunch"_s});
    QVERIFY(badKind.exitCode != 0);
    QVERIFY(badKind.err.contains(u"lunch"_s));
    bool found = false;
    for (const QJsonValue& o : json({u"opt-out"_s, u"list"_s})) {
        if (o[u"person"_s].toString() == member && o[u"kind"_s].toString() == u"on-call"_s) {
            found = true;
            QCOMPARE(o[u"community"_s].toString(), u"Site Reliability Guild"_s);
            QCOMPARE(o[u"note"_s].toString(), u"new parent"_s);
        }
    }
    QVERIFY(found);
}

void TestCliRotationsMore::topicAddAndList()
{
    const QStringList add = {u"topic"_s,
                             u"add"_s,
                             u"--community"_s,
                             u"Customer Success Practice"_s,
                             u"--title"_s,
                             u"Reading NPS comments in bulk"_s,
                             u"--status"_s,
                             u"backlog"_s,
                             u"--artefact"_s,
                             u"https://wiki.example.org/nps"_s};
    const CliRun run = cli(add);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const CliRun twice = cli(add);
    QVERIFY(twice.exitCode != 0);
    QVERIFY2(twice.err.contains(u"already in the backlog"_s), qPrintable(twice.err));
    const QJsonArray topics = json({u"topic"_s, u"list"_s, u"--community"_s, u"Customer Success Practice"_s});
    QVERIFY(topics.size() >= 18);
    bool found = false;
    for (const QJsonValue& t : topics) {
        if (t[u"title"_s].toString() == u"Reading NPS comments in bulk"_s) {
            found = true;
            QCOMPARE(t[u"status"_s].toString(), u"backlog"_s);
            QCOMPARE(t[u"artefact"_s].toString(), u"https://wiki.example.org/nps"_s);
        }
    }
    QVERIFY(found);
    // Open topics are listed before done and dropped ones.
    QVERIFY(topics.first()[u"status"_s].toString() == u"planned"_s
            || topics.first()[u"status"_s].toString() == u"backlog"_s);
}

void TestCliRotationsMore::exportIcsOfEveryPlan()
{
    const QJsonArray plans = json({u"schedule"_s, u"list"_s});
    QCOMPARE(plans.size(), 4);
    for (const QJsonValue& plan : plans) {
        const QString file = m_dir.filePath(u"plan-%1.ics"_s.arg(plan[u"id"_s].toInteger()));
        const CliRun run = cli({u"export"_s,
                                u"ics"_s,
                                u"--plan"_s,
                                QString::number(plan[u"id"_s].toInteger()),
                                u"--timezone"_s,
                                u"Europe/Berlin"_s,
                                u"-o"_s,
                                file});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QProcess checker;
        checker.start(QStringLiteral(STEWARD_PYTHON), {QStringLiteral(STEWARD_ICS_CHECKER), file});
        QVERIFY(checker.waitForFinished(60000));
        QVERIFY2(checker.exitCode() == 0,
                 qPrintable(QString::fromUtf8(checker.readAllStandardError() + checker.readAllStandardOutput())));
        QFile ics(file);
        QVERIFY(ics.open(QIODevice::ReadOnly));
        const QByteArray text = ics.readAll();
        QCOMPARE(text.count("BEGIN:VEVENT"), plan[u"meetings"_s].toInt());
        QVERIFY(!text.contains(kSecret));
        // Nothing from check-ins reaches a calendar: the sample's confidential notes are not in it.
        QVERIFY(!text.contains("Burnt out"));
        // Meetings at their real time, in the zone asked for: the sample's weekly circle meets at 16:00,
        // the fortnightly one at 10:00, on-call hands over at 08:00, micro-teach takes the 9:30 Toronto
        // team meeting (15:30 in Berlin but for the weeks the two switch to summer time on different days).
        const QString kind = plan[u"kind"_s].toString();
        const QByteArray expected = kind == u"on-call"_s                       ? "T080000"
                                    : kind == u"micro-teach"_s                 ? "T153000"
                                    : plan[u"seats_per_meeting"_s].toInt() > 1 ? "T100000"
                                                                               : "T160000";
        QVERIFY2(text.contains("DTSTART;TZID=Europe/Berlin:") && text.contains(expected), qPrintable(kind));
        QVERIFY2(!text.contains("T090000"), qPrintable(kind));
    }
    const CliRun missing = cli({u"export"_s, u"ics"_s, u"--plan"_s, u"999"_s});
    QVERIFY(missing.exitCode != 0);
    QVERIFY2(missing.err.contains(u"no stored rotation 999"_s), qPrintable(missing.err));
}

QTEST_GUILESS_MAIN(TestCliRotationsMore)
#include "TestCliRotationsMore.moc"
