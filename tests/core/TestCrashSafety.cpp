// SPDX-License-Identifier: GPL-3.0-or-later
// A writer process is killed with SIGKILL again and again over one file: what it reported as committed
// must all be there, whole, in a file that passes the integrity check.
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/MembershipRepository.h"
#include "storage/PersonRepository.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;

namespace {

constexpr int kRuns = 30;
constexpr quint32 kSeed = 20261102;
constexpr int kMinKillMs = 20;
constexpr int kMaxKillMs = 200;

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void committedWorkSurvivesSigkill();
};

void TestCrashSafety::committedWorkSurvivesSigkill()
{
    const QString writer = QStringLiteral(STEWARD_CRASH_WRITER);
    QVERIFY2(QFileInfo(writer).isExecutable(), qPrintable(writer));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crash.steward"));
    qint64 clubId = 0;
    {
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db.errorString()));
        Community club;
        club.name = QStringLiteral("Crash Club");
        auto id = CommunityRepository(**db).add(club);
        QVERIFY2(id, qPrintable(id.errorString()));
        clubId = *id;
    }

    // Every run works on the same file, so each writer first recovers the WAL its killed predecessor left.
    QRandomGenerator random(kSeed);
    QSet<qint64> reported;
    int runsWithCommits = 0;
    int runsStartingOnWal = 0;
    QElapsedTimer clock;
    clock.start();
    for (int run = 0; run < kRuns; ++run) {
        const QFileInfo wal(path + QStringLiteral("-wal"));
        if (wal.exists() && wal.size() > 0)
            ++runsStartingOnWal;
        const int killAfterMs = int(random.bounded(kMinKillMs, kMaxKillMs + 1));

        QProcess process;
        process.start(writer, {path});
        QVERIFY2(process.waitForStarted(5000), qPrintable(process.errorString()));
        // Waiting this way also collects its output; a writer that ends on its own has failed.
        const bool endedByItself = process.waitForFinished(killAfterMs);
        QVERIFY2(!endedByItself,
                 qPrintable(QStringLiteral("run %1: the writer stopped by itself: %2")
                                .arg(run)
                                .arg(QString::fromLocal8Bit(process.readAllStandardError()))));
        process.kill(); // SIGKILL: no destructors, no checkpoint, no clean close
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        // Only complete lines count; a line cut by the kill was never fully reported.
        const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
        int committed = 0;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            QVERIFY2(lines.at(i).startsWith("committed "), lines.at(i).constData());
            bool isNumber = false;
            const qint64 n = lines.at(i).mid(10).toLongLong(&isNumber);
            QVERIFY2(isNumber, lines.at(i).constData());
            // A number seen twice means a reported commit was gone when the next writer counted.
            QVERIFY2(!reported.contains(n), qPrintable(QStringLiteral("run %1 reported %2 again").arg(run).arg(n)));
            reported.insert(n);
            ++committed;
        }
        if (committed > 0)
            ++runsWithCommits;
    }
    qInfo("%d runs in %lld ms: %lld commits reported, %d runs committed, %d started on a WAL left by a kill",
          kRuns,
          clock.elapsed(),
          qint64(reported.size()),
          runsWithCommits,
          runsStartingOnWal);
    QVERIFY2(!reported.isEmpty(), "no writer got as far as a commit; the kill moments are too early for this machine");
    QVERIFY2(runsStartingOnWal >= kRuns / 2, "the runs did not exercise WAL recovery");

    auto db = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY2(db, qPrintable(db.errorString()));
    const auto check = (*db)->integrityCheck();
    QVERIFY2(check, qPrintable(check.errorString()));
    QCOMPARE(*check, QStringLiteral("ok"));
    {
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY2(!query.next(), "rows point at rows that do not exist");
    }

    auto people = PersonRepository(**db).all();
    QVERIFY2(people, qPrintable(people.errorString()));
    MembershipRepository memberships(**db);
    QSet<qint64> stored;
    for (const Person& person : std::as_const(*people)) {
        QVERIFY2(person.name.startsWith(QLatin1String("writer-")), qPrintable(person.name));
        const qint64 n = person.name.mid(7).toLongLong();
        stored.insert(n);
        QCOMPARE(person.email, person.name + QStringLiteral("@example.org"));
        // The whole transaction or nothing: a stored person has the membership and both level changes.
        auto theirs = memberships.forPerson(person.id);
        QVERIFY(theirs);
        QVERIFY2(theirs->size() == 1, qPrintable(person.name));
        QCOMPARE(theirs->at(0).communityId, clubId);
        QVERIFY2(theirs->at(0).level == ParticipationLevel::Active, qPrintable(person.name));
        auto history = memberships.history(theirs->at(0).id);
        QVERIFY(history);
        QVERIFY2(history->size() == 2, qPrintable(person.name));
        QVERIFY(!history->at(0).from.has_value());
        QVERIFY(history->at(0).to == ParticipationLevel::Peripheral);
        QVERIFY(history->at(1).from == std::optional<ParticipationLevel>(ParticipationLevel::Peripheral));
        QVERIFY(history->at(1).to == ParticipationLevel::Active);
    }
    for (qint64 n : std::as_const(reported))
        QVERIFY2(stored.contains(n), qPrintable(QStringLiteral("writer-%1 was reported committed but is gone").arg(n)));
    // Writers number on from the stored count, so whole transactions leave no gaps.
    const qint64 highest = stored.isEmpty() ? 0 : *std::max_element(stored.cbegin(), stored.cend());
    QCOMPARE(qint64(stored.size()), highest);
    QCOMPARE(qint64(people->size()), highest);
    auto club = CommunityRepository(**db).find(clubId);
    QVERIFY(club && club->has_value());
    QCOMPARE((*club)->description, QStringLiteral("last writer-%1").arg(highest));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
