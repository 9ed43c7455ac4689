// SPDX-License-Identifier: GPL-3.0-or-later
// steward-cli schedule roles end to end: the JSON contract of the schedule commands with the roles added, the
// shared checker (shared/checks/check_rotation.py) on each role and on both, --save, and bad input.
#include "CliRunner.h"
#include "TestWorkspace.h"
#include "storage/AbsenceRepository.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SessionRepository.h"
#include "storage/SessionRoleSeatRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;
using test::CliRun;

class TestCliSessionRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void printsThePlanAndTheCheckerAgrees();
    void saveStoresAndKeepsPins();
    void badInput();

private:
    QString checker(const QByteArray& json, int perMeeting, const QStringList& absences = {}) const;
    QStringList base() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    qint64 m_series = 0;
    qint64 m_oneOff = 0;
    qint64 m_pinned = 0;
};

void TestCliSessionRoles::initTestCase()
{
    QVERIFY2(QFile::exists(test::cliPath()), qPrintable(test::cliPath()));
    QVERIFY2(QFile::exists(QStringLiteral(STEWARD_CHECKS_DIR "/check_rotation.py")),
             "the shared checker is missing beside the clone: " STEWARD_CHECKS_DIR);
}

void TestCliSessionRoles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(u"roles.steward"_s);
    auto db = Database::open(m_db);
    QVERIFY2(db, qPrintable(db.errorString()));
    const qint64 guild = *CommunityRepository(**db).add({0, u"Ops Guild"_s, {}, {}, {}, {}, {}});
    QList<qint64> people;
    for (int i = 1; i <= 8; ++i) {
        people << *PersonRepository(**db).add({0, u"P%1"_s.arg(i), {}, {}, {}, {}, {}, {}, {}, {}, {}, {}});
        QVERIFY(MembershipRepository(**db).setLevel(
            guild, people.last(), ParticipationLevel::Active, QDate(2025, 1, 1), u"test"_s));
    }
    m_pinned = people.at(6);
    QVERIFY(AbsenceRepository(**db).add({0, people.at(0), QDate(2026, 2, 1), QDate(2026, 3, 1), u"leave"_s}));
    Session s;
    s.communityId = guild;
    s.format = SessionFormat::IncidentRetrospective;
    s.title = u"Incident review"_s;
    s.start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), QTimeZone::utc());
    s.timeZone = u"UTC"_s;
    s.minutes = 60;
    s.repeat = RecurrenceRule::weekly().setCount(40);
    s.exceptions = {RecurrenceException::cancel(QDate(2026, 1, 19))};
    m_series = *SessionRepository(**db).add(s);
    s.repeat.reset();
    s.exceptions.clear();
    s.start = s.start.addDays(1);
    m_oneOff = *SessionRepository(**db).add(s);
}

QStringList TestCliSessionRoles::base() const
{
    return {u"--db"_s, m_db, u"schedule"_s, u"roles"_s, u"--session"_s, QString::number(m_series)};
}

QString TestCliSessionRoles::checker(const QByteArray& json, int perMeeting, const QStringList& absences) const
{
    const QString file = test::writeTestFile(m_dir->filePath(u"plan-%1.json"_s).arg(perMeeting), json);
    const CliRun run = test::runProgram(
        u"/usr/bin/python3"_s,
        QStringList{QStringLiteral(STEWARD_CHECKS_DIR "/check_rotation.py"), file, QString::number(perMeeting)}
            + absences);
    return run.exitCode == 0 ? QString() : run.out + run.err;
}

void TestCliSessionRoles::printsThePlanAndTheCheckerAgrees()
{
    const QStringList args = base() + QStringList{u"--from"_s, u"2026-01-05"_s, u"--meetings"_s, u"30"_s};
    const CliRun run = test::runCli(args + QStringList{u"--format"_s, u"json"_s, u"--seed"_s, u"7"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject plan = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray entries = plan.value(u"plan"_s).toArray();
    QCOMPARE(entries.size(), 30);
    for (const QJsonValue& value : entries) {
        const QJsonObject entry = value.toObject();
        QVERIFY(entry.value(u"date"_s).toString() != u"2026-01-19"_s); // cancelled
        const QJsonArray people = entry.value(u"people"_s).toArray();
        QCOMPARE(people.size(), 2);
        QVERIFY(people.at(0) != people.at(1));
        QCOMPARE(entry.value(u"roles"_s).toArray(), (QJsonArray{u"facilitator"_s, u"note-taker"_s}));
        QCOMPARE(entry.value(u"facilitator"_s), people.at(0));
        const QString date = entry.value(u"date"_s).toString();
        if (date >= u"2026-02-01"_s && date <= u"2026-03-01"_s)
            QVERIFY(!people.contains(u"P1"_s));
    }
    QVERIFY(plan.value(u"turnsByRole"_s).toObject().contains(u"note-taker"_s));
    QCOMPARE(plan.value(u"violations"_s).toArray().size(), 0);
    const QStringList away = {u"P1:2026-02-01:2026-03-01"_s};
    QCOMPARE(checker(run.out.toUtf8(), 2, away), QString());
    for (const QString& role : {u"facilitator"_s, u"note-taker"_s}) {
        const CliRun one = test::runCli(args + QStringList{u"--roles"_s, role, u"--format"_s, u"json"_s});
        QVERIFY2(one.exitCode == 0, qPrintable(one.err));
        QCOMPARE(checker(one.out.toUtf8(), 1, away), QString());
    }
    // Without --save nothing is stored; CSV has one row per occurrence and role.
    const CliRun csv = test::runCli(args + QStringList{u"--format"_s, u"csv"_s});
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    QVERIFY(csv.out.startsWith(u"date,occurrence,role,person,origin,status"_s));
    QCOMPARE(csv.out.trimmed().split(u'\n').size(), 1 + 60);
    auto db = Database::open(m_db);
    QVERIFY2(db, qPrintable(db.errorString()));
    QVERIFY(SessionRoleSeatRepository(**db).forSession(m_series)->isEmpty());
}

void TestCliSessionRoles::saveStoresAndKeepsPins()
{
    const QStringList args = base() + QStringList{u"--from"_s, u"2026-01-05"_s, u"--meetings"_s, u"12"_s};
    CliRun run = test::runCli(args + QStringList{u"--save"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Saved 24 role seat(s)"_s), qPrintable(run.out));
    {
        auto db = Database::open(m_db);
        QVERIFY2(db, qPrintable(db.errorString()));
        QList<SessionRoleSeat> seats = *SessionRoleSeatRepository(**db).forSession(m_series);
        QCOMPARE(seats.size(), 24);
        // Pin P7 as the note-taker of 2 March (nobody else holds a role of P7 that day after the change).
        SessionRoleSeat pin;
        pin.sessionId = m_series;
        pin.date = QDate(2026, 3, 2);
        pin.role = SessionRoleSeat::Role::NoteTaker;
        pin.personId = m_pinned;
        pin.origin = RotationSeat::Origin::Pinned;
        QList<SessionRoleSeat> cells;
        for (const SessionRoleSeat& seat : std::as_const(seats)) {
            if (seat.date == pin.date)
                cells << seat;
        }
        SessionRoleSeat facilitator = cells.first();
        if (facilitator.personId == m_pinned)
            facilitator.personId = cells.last().personId;
        QVERIFY(SessionRoleSeatRepository(**db).replace(cells, {facilitator, pin}));
    }
    run = test::runCli(args + QStringList{u"--save"_s, u"--seed"_s, u"99"_s, u"--from"_s, u"2026-02-01"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    auto db = Database::open(m_db);
    QVERIFY2(db, qPrintable(db.errorString()));
    const auto after = *SessionRoleSeatRepository(**db).on(m_series, QDate(2026, 3, 2));
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.last().personId, m_pinned);
    QCOMPARE(after.last().origin, RotationSeat::Origin::Pinned);
    QVERIFY(after.first().personId != m_pinned);
}

void TestCliSessionRoles::badInput()
{
    const QStringList from = {u"--from"_s, u"2026-01-05"_s, u"--meetings"_s, u"4"_s};
    CliRun run = test::runCli(base() + QStringList{u"--meetings"_s, u"4"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--from"_s), qPrintable(run.err));
    run = test::runCli(base() + from + QStringList{u"--roles"_s, u"scribe"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"scribe"_s), qPrintable(run.err));
    run = test::runCli({u"--db"_s,
                        m_db,
                        u"schedule"_s,
                        u"roles"_s,
                        u"--session"_s,
                        u"999"_s,
                        u"--from"_s,
                        u"2026-01-05"_s,
                        u"--meetings"_s,
                        u"4"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"no session with the id 999"_s), qPrintable(run.err));
    run = test::runCli({u"--db"_s,
                        m_db,
                        u"schedule"_s,
                        u"roles"_s,
                        u"--session"_s,
                        QString::number(m_oneOff),
                        u"--from"_s,
                        u"2026-01-05"_s,
                        u"--meetings"_s,
                        u"4"_s,
                        u"--save"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"does not recur"_s), qPrintable(run.err));
    run = test::runCli(base() + QStringList{u"--from"_s, u"2026-01-05"_s, u"--meetings"_s, u"100"_s, u"--save"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"only 39 occurrences"_s), qPrintable(run.err));
    auto db = Database::open(m_db);
    QVERIFY2(db, qPrintable(db.errorString()));
    QVERIFY(SessionRoleSeatRepository(**db).forSession(m_series)->isEmpty());
}

QTEST_GUILESS_MAIN(TestCliSessionRoles)
#include "TestCliSessionRoles.moc"
