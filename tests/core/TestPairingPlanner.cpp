// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule/PairingPlanner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

class TestPairingPlanner : public QObject
{
    Q_OBJECT

private slots:
    void refusesBadRequests_data();
    void refusesBadRequests();
    void sizesGroups_data();
    void sizesGroups();
    void fortyPeopleMeetEveryoneOnce();
    void oddCountsFormOneTrio();
    void avoidsEarlierSessions_data();
    void avoidsEarlierSessions();
    void putsEarlierPairsLast();
    void countsGroupsInHistory();
    void keepsDoNotPair_data();
    void keepsDoNotPair();
    void reportsDoNotPairItCannotKeep_data();
    void reportsDoNotPairItCannotKeep();
    void mixesTeams_data();
    void mixesTeams();
    void swapsTwoPeople();
    void refusesBadSwaps_data();
    void refusesBadSwaps();
    void writesJsonContract();
    void isDeterministicPerSeed();
    void passesSharedChecker_data();
    void passesSharedChecker();
};

namespace {

using Pair = QPair<qint64, qint64>;

PairingRequest request(int n, int rounds, int groupSize = 2, quint64 seed = 1, int teams = 0)
{
    PairingRequest r;
    for (int i = 1; i <= n; ++i)
        r.participants.append({i, u"P%1"_s.arg(i), teams > 0 ? u"team %1"_s.arg(i % teams) : QString()});
    r.rounds = rounds;
    r.groupSize = groupSize;
    r.seed = seed;
    return r;
}

PairingPlan planned(const PairingRequest& r)
{
    Result<PairingPlan> plan = PairingPlanner::plan(r);
    if (!plan.ok())
        qFatal("planning failed: %s", qPrintable(plan.errorString()));
    return *plan;
}

/** Empty if everyone is in exactly one group of at least two per round; else what is wrong. */
QString coverageProblem(const PairingPlan& plan)
{
    QSet<qint64> everyone;
    for (const PairingParticipant& p : plan.request.participants)
        everyone.insert(p.id);
    for (qsizetype r = 0; r < plan.rounds.size(); ++r) {
        QList<qint64> seen;
        for (const QList<qint64>& group : plan.rounds.at(r)) {
            if (group.size() < 2)
                return u"round %1: someone alone"_s.arg(r);
            seen += group;
        }
        if (seen.size() != everyone.size() || QSet<qint64>(seen.begin(), seen.end()) != everyone)
            return u"round %1: not everyone exactly once"_s.arg(r);
    }
    return {};
}

QList<Pair> meetings(const QList<QList<qint64>>& round)
{
    QList<Pair> pairs;
    for (const QList<qint64>& group : round) {
        for (qsizetype i = 0; i < group.size(); ++i) {
            for (qsizetype j = i + 1; j < group.size(); ++j)
                pairs.append({std::min(group.at(i), group.at(j)), std::max(group.at(i), group.at(j))});
        }
    }
    return pairs;
}

int sameTeamMeetings(const PairingPlan& plan, int teams)
{
    int count = 0;
    for (const auto& round : plan.rounds) {
        for (const Pair& pair : meetings(round))
            count += pair.first % teams == pair.second % teams ? 1 : 0;
    }
    return count;
}

bool runPython(const QStringList& arguments, QByteArray& output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"/usr/bin/python3"_s, arguments);
    if (!process.waitForFinished(60000))
        return false;
    output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

void TestPairingPlanner::refusesBadRequests_data()
{
    QTest::addColumn<PairingRequest>("input");
    QTest::addColumn<QString>("message");

    QTest::addRow("nobody") << request(0, 3) << u"at least two participants (got 0)"_s;
    QTest::addRow("one participant") << request(1, 3) << u"at least two participants (got 1)"_s;
    QTest::addRow("group size 1") << request(6, 3, 1) << u"group size must be 2, 3 or 4 (got 1)"_s;
    QTest::addRow("group size 5") << request(6, 3, 5) << u"group size must be 2, 3 or 4 (got 5)"_s;
    QTest::addRow("no rounds") << request(6, 0) << u"rounds must be 1 to 1000 (got 0)"_s;
    QTest::addRow("too many rounds") << request(6, 1001) << u"rounds must be 1 to 1000 (got 1001)"_s;
    PairingRequest twice = request(4, 2);
    twice.participants[2].id = 1;
    twice.participants[2].name = u"Ada"_s;
    QTest::addRow("same person twice") << twice << u"Ada is listed twice"_s;
}

void TestPairingPlanner::refusesBadRequests()
{
    QFETCH(PairingRequest, input);
    QFETCH(QString, message);
    const Result<PairingPlan> plan = PairingPlanner::plan(input);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.errorString().contains(message), qPrintable(plan.errorString()));
}

void TestPairingPlanner::sizesGroups_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("groupSize");
    QTest::addColumn<QList<int>>("sizes");

    QTest::addRow("2 in pairs") << 2 << 2 << QList<int>{2};
    QTest::addRow("3 in pairs: a trio") << 3 << 2 << QList<int>{3};
    QTest::addRow("7 in pairs: one trio") << 7 << 2 << QList<int>{3, 2, 2};
    QTest::addRow("8 in pairs") << 8 << 2 << QList<int>{2, 2, 2, 2};
    QTest::addRow("2 in threes") << 2 << 3 << QList<int>{2};
    QTest::addRow("4 in threes") << 4 << 3 << QList<int>{4};
    QTest::addRow("5 in threes") << 5 << 3 << QList<int>{3, 2};
    QTest::addRow("7 in threes") << 7 << 3 << QList<int>{4, 3};
    QTest::addRow("8 in threes") << 8 << 3 << QList<int>{3, 3, 2};
    QTest::addRow("9 in threes") << 9 << 3 << QList<int>{3, 3, 3};
    QTest::addRow("3 in fours") << 3 << 4 << QList<int>{3};
    QTest::addRow("5 in fours") << 5 << 4 << QList<int>{5};
    QTest::addRow("6 in fours") << 6 << 4 << QList<int>{3, 3};
    QTest::addRow("10 in fours: tie, more groups") << 10 << 4 << QList<int>{4, 3, 3};
    QTest::addRow("13 in fours") << 13 << 4 << QList<int>{5, 4, 4};
    QTest::addRow("16 in fours") << 16 << 4 << QList<int>{4, 4, 4, 4};
}

void TestPairingPlanner::sizesGroups()
{
    QFETCH(int, n);
    QFETCH(int, groupSize);
    QFETCH(QList<int>, sizes);
    QCOMPARE(PairingPlanner::groupSizes(n, groupSize), sizes);
}

void TestPairingPlanner::fortyPeopleMeetEveryoneOnce()
{
    // The figure: 40 participants x 39 rounds of pairs, 0 repeats, well under a second.
    QElapsedTimer timer;
    timer.start();
    const PairingPlan plan = planned(request(40, 39));
    const qint64 elapsed = timer.nsecsElapsed();
    qDebug("40 x 39 pairs planned in %.2f ms", double(elapsed) / 1e6);
    QCOMPARE(plan.repeats, 0);
    QVERIFY2(coverageProblem(plan).isEmpty(), qPrintable(coverageProblem(plan)));
    QSet<Pair> all;
    for (const auto& round : plan.rounds) {
        QCOMPARE(round.size(), 20);
        for (const Pair& pair : meetings(round))
            all.insert(pair);
    }
    QCOMPARE(all.size(), 40 * 39 / 2); // everyone met everyone, exactly once
}

void TestPairingPlanner::oddCountsFormOneTrio()
{
    const PairingPlan plan = planned(request(7, 7));
    QVERIFY2(coverageProblem(plan).isEmpty(), qPrintable(coverageProblem(plan)));
    QSet<Pair> all;
    for (const auto& round : plan.rounds) {
        QList<qsizetype> sizes;
        for (const auto& group : round)
            sizes << group.size();
        std::sort(sizes.begin(), sizes.end());
        QCOMPARE(sizes, (QList<qsizetype>{2, 2, 3}));
        for (const Pair& pair : meetings(round))
            all.insert(pair);
    }
    QCOMPARE(all.size(), 21); // everyone met everyone
    // n rounds of (n-3)/2 pairs + a trio are 2n meetings more than the n(n-1)/2 pairs: 2n repeats is the minimum.
    QCOMPARE(plan.repeats, 14);
}

void TestPairingPlanner::avoidsEarlierSessions_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("groupSize");
    QTest::addColumn<int>("earlierRounds");
    QTest::addColumn<int>("rounds");

    // Inside what the planner reliably achieves (measured over seeds; see the report), with room to spare.
    QTest::addRow("8 in pairs, 1 then 3") << 8 << 2 << 1 << 3;
    QTest::addRow("12 in pairs, 2 then 4") << 12 << 2 << 2 << 4;
    QTest::addRow("20 in pairs, 3 then 8") << 20 << 2 << 3 << 8;
    QTest::addRow("21 in pairs, 2 then 6") << 21 << 2 << 2 << 6;
    QTest::addRow("40 in pairs, 5 then 15") << 40 << 2 << 5 << 15;
    QTest::addRow("30 in threes, 2 then 4") << 30 << 3 << 2 << 4;
    QTest::addRow("40 in threes, 2 then 6") << 40 << 3 << 2 << 6;
    QTest::addRow("30 in fours, 1 then 3") << 30 << 4 << 1 << 3;
    QTest::addRow("40 in fours, 2 then 3") << 40 << 4 << 2 << 3;
}

void TestPairingPlanner::avoidsEarlierSessions()
{
    QFETCH(int, n);
    QFETCH(int, groupSize);
    QFETCH(int, earlierRounds);
    QFETCH(int, rounds);
    for (quint64 seed = 1; seed <= 10; ++seed) {
        const PairingPlan earlier = planned(request(n, earlierRounds, groupSize, seed));
        PairingRequest next = request(n, rounds, groupSize, seed + 1000);
        next.history.addRounds(earlier.rounds);
        const PairingPlan plan = planned(next);
        QVERIFY2(coverageProblem(plan).isEmpty(), qPrintable(coverageProblem(plan)));
        QCOMPARE(plan.repeats, 0);
        QCOMPARE(plan.historyRepeats, 0);
        for (const auto& round : plan.rounds) {
            for (const Pair& pair : meetings(round))
                QCOMPARE(next.history.count(pair.first, pair.second), 0);
        }
    }
}

void TestPairingPlanner::putsEarlierPairsLast()
{
    // 8 people, 3 rounds last time, a full round robin now: the earlier pairs must recur (every pair meets once),
    // and they come in the last rounds.
    for (quint64 seed = 1; seed <= 10; ++seed) {
        const PairingPlan earlier = planned(request(8, 3, 2, seed));
        PairingRequest next = request(8, 7, 2, seed + 1000);
        next.history.addRounds(earlier.rounds);
        const PairingPlan plan = planned(next);
        QCOMPARE(plan.repeats, 0);
        QCOMPARE(plan.historyRepeats, 12);
        int previous = 0;
        for (const auto& round : plan.rounds) {
            int fromHistory = 0;
            for (const Pair& pair : meetings(round))
                fromHistory += next.history.count(pair.first, pair.second) > 0 ? 1 : 0;
            QVERIFY2(fromHistory >= previous, "a round with more earlier pairs comes before one with fewer");
            previous = fromHistory;
        }
        QVERIFY(previous > 0);
    }
}

void TestPairingPlanner::countsGroupsInHistory()
{
    PairingHistory history;
    history.addGroup({1, 2, 3});
    history.addGroup({3, 1});
    history.addMeeting(4, 5, 2);
    QCOMPARE(history.count(1, 2), 1);
    QCOMPARE(history.count(2, 3), 1);
    QCOMPARE(history.count(3, 1), 2);
    QCOMPARE(history.count(1, 3), 2);
    QCOMPARE(history.count(5, 4), 2);
    QCOMPARE(history.count(1, 1), 0);
    QCOMPARE(history.entries(), (QList<PairingHistory::Entry>{{1, 2, 1}, {1, 3, 2}, {2, 3, 1}, {4, 5, 2}}));
    history.addMeeting(4, 5, -2); // a meeting marked as not having happened
    QCOMPARE(history.count(4, 5), 0);
    QCOMPARE(history.entries().size(), 3);

    // A quad from last time: nobody of it meets again in a first round when that is avoidable.
    PairingRequest r = request(16, 1, 4);
    r.history.addGroup({1, 2, 3, 4});
    r.history.addGroup({5, 6, 7, 8});
    const PairingPlan plan = planned(r);
    QCOMPARE(plan.historyRepeats, 0);
}

void TestPairingPlanner::keepsDoNotPair_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("groupSize");
    QTest::addColumn<int>("rounds");
    QTest::addColumn<QList<Pair>>("doNotPair");

    QTest::addRow("pairs, one wish") << 10 << 2 << 5 << QList<Pair>{{1, 2}};
    // A full round robin would pair everyone once: the wish costs repeats instead, and they are reported.
    QTest::addRow("pairs, full round robin") << 10 << 2 << 9 << QList<Pair>{{1, 2}, {3, 4}};
    QTest::addRow("pairs, odd, full turn") << 9 << 2 << 9 << QList<Pair>{{1, 9}, {2, 8}, {3, 7}};
    QTest::addRow("one person, many wishes") << 12 << 2 << 6 << QList<Pair>{{1, 2}, {1, 3}, {1, 4}, {1, 5}, {1, 6}};
    QTest::addRow("threes") << 12 << 3 << 4 << QList<Pair>{{1, 2}, {2, 3}, {4, 5}, {7, 11}, {9, 12}};
    QTest::addRow("fours") << 20 << 4 << 3 << QList<Pair>{{1, 2}, {1, 3}, {2, 3}, {10, 20}};
    QTest::addRow("unknown ids are ignored") << 6 << 2 << 3 << QList<Pair>{{1, 99}, {98, 99}, {4, 4}};
}

void TestPairingPlanner::keepsDoNotPair()
{
    QFETCH(int, n);
    QFETCH(int, groupSize);
    QFETCH(int, rounds);
    QFETCH(QList<Pair>, doNotPair);
    for (quint64 seed = 1; seed <= 10; ++seed) {
        PairingRequest r = request(n, rounds, groupSize, seed);
        r.doNotPair = doNotPair;
        const PairingPlan plan = planned(r);
        QVERIFY2(coverageProblem(plan).isEmpty(), qPrintable(coverageProblem(plan)));
        QVERIFY(plan.doNotPairBreaches.isEmpty());
        for (const auto& round : plan.rounds) {
            for (const Pair& pair : meetings(round)) {
                QVERIFY(!doNotPair.contains(pair));
                QVERIFY(!doNotPair.contains(Pair{pair.second, pair.first}));
            }
        }
        QCOMPARE(plan.repeats, PairingPlan::countRepeats(plan.rounds));
        QCOMPARE(plan.notes.isEmpty(), plan.repeats == 0);
        QVERIFY(!plan.toJson().contains("99")); // wishes stay private
    }
}

void TestPairingPlanner::reportsDoNotPairItCannotKeep_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("groupSize");
    QTest::addColumn<QList<Pair>>("doNotPair");
    QTest::addColumn<int>("breachesPerRound");

    QTest::addRow("two people") << 2 << 2 << QList<Pair>{{1, 2}} << 1;
    QTest::addRow("three people, one trio") << 3 << 2 << QList<Pair>{{1, 3}} << 1;
    QTest::addRow("four in one group") << 4 << 3 << QList<Pair>{{1, 2}, {3, 4}} << 2;
    // 4 people in pairs: 1 must meet 2, 3 or 4; at most one wish can be broken per round.
    QTest::addRow("everyone avoids person 1") << 4 << 2 << QList<Pair>{{1, 2}, {1, 3}, {1, 4}} << 1;
}

void TestPairingPlanner::reportsDoNotPairItCannotKeep()
{
    QFETCH(int, n);
    QFETCH(int, groupSize);
    QFETCH(QList<Pair>, doNotPair);
    QFETCH(int, breachesPerRound);
    PairingRequest r = request(n, 3, groupSize);
    r.doNotPair = doNotPair;
    const PairingPlan plan = planned(r);
    QVERIFY2(coverageProblem(plan).isEmpty(), qPrintable(coverageProblem(plan)));
    QCOMPARE(plan.doNotPairBreaches.size(), 3 * breachesPerRound);
    for (const PairingPlan::Breach& breach : plan.doNotPairBreaches) {
        QVERIFY(breach.round >= 0 && breach.round < 3);
        QVERIFY(doNotPair.contains(Pair{breach.first, breach.second}));
    }
    QVERIFY(!plan.notes.isEmpty());
    QVERIFY2(plan.notes.first().contains(u"could not be kept"_s), qPrintable(plan.notes.first()));
}

void TestPairingPlanner::mixesTeams_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("groupSize");
    QTest::addColumn<int>("teams");
    QTest::addColumn<int>("rounds");

    QTest::addRow("20 in pairs, 4 teams") << 20 << 2 << 4 << 3;
    QTest::addRow("40 in pairs, 4 teams") << 40 << 2 << 4 << 6;
    QTest::addRow("21 in pairs, 3 teams") << 21 << 2 << 3 << 3;
    QTest::addRow("20 in threes, 4 teams") << 20 << 3 << 4 << 3;
    QTest::addRow("40 in fours, 4 teams") << 40 << 4 << 4 << 3;
}

void TestPairingPlanner::mixesTeams()
{
    QFETCH(int, n);
    QFETCH(int, groupSize);
    QFETCH(int, teams);
    QFETCH(int, rounds);
    int plain = 0;
    for (quint64 seed = 1; seed <= 5; ++seed) {
        PairingRequest r = request(n, rounds, groupSize, seed, teams);
        const PairingPlan unmixed = planned(r);
        r.preferMixingTeams = true;
        const PairingPlan mixed = planned(r);
        QVERIFY2(coverageProblem(mixed).isEmpty(), qPrintable(coverageProblem(mixed)));
        QCOMPARE(mixed.repeats, unmixed.repeats); // mixing never costs a repeat
        QCOMPARE(sameTeamMeetings(mixed, teams), 0);
        plain += sameTeamMeetings(unmixed, teams);
    }
    qDebug("same-team meetings over 5 seeds: %d without mixing, 0 with", plain);
}

void TestPairingPlanner::swapsTwoPeople()
{
    const PairingPlan plan = planned(request(6, 3));
    QCOMPARE(plan.repeats, 0);
    const QList<QList<qint64>>& round = plan.rounds.at(1);
    const qint64 a = round.at(0).at(0);
    const qint64 b = round.at(1).at(0);
    const Result<PairingPlan> swapped = PairingPlanner::swap(plan, 1, a, b);
    QVERIFY2(swapped.ok(), qPrintable(swapped.errorString()));
    QVERIFY2(coverageProblem(*swapped).isEmpty(), qPrintable(coverageProblem(*swapped)));
    QVERIFY(swapped->rounds.at(1).at(0).contains(b));
    QVERIFY(swapped->rounds.at(1).at(1).contains(a));
    QCOMPARE(swapped->rounds.at(0), plan.rounds.at(0)); // other rounds untouched
    QCOMPARE(swapped->rounds.at(2), plan.rounds.at(2));
    for (qsizetype g = 0; g < round.size(); ++g)
        QCOMPARE(swapped->rounds.at(1).at(g).size(), round.at(g).size());
    QCOMPARE(swapped->repeats, PairingPlan::countRepeats(swapped->rounds));
    QVERIFY(swapped->repeats > 0); // 6 people, 3 rounds, 0 repeats before: a swap must make one

    // Swapping back restores the plan; a swap onto a do-not-pair wish is reported.
    const Result<PairingPlan> back = PairingPlanner::swap(*swapped, 1, a, b);
    QVERIFY(back.ok());
    QCOMPARE(back->rounds, plan.rounds);
    QCOMPARE(back->repeats, 0);
    PairingPlan withWish = plan;
    const qint64 partnerOfB = round.at(1).at(1);
    withWish.request.doNotPair = {{a, partnerOfB}};
    const Result<PairingPlan> breach = PairingPlanner::swap(withWish, 1, a, b);
    QVERIFY(breach.ok());
    QCOMPARE(breach->doNotPairBreaches.size(), 1);
    QCOMPARE(breach->doNotPairBreaches.first().round, 1);
}

void TestPairingPlanner::refusesBadSwaps_data()
{
    QTest::addColumn<int>("round");
    QTest::addColumn<int>("first"); // an index into round 0's first group / second group, or an id
    QTest::addColumn<int>("second");
    QTest::addColumn<QString>("message");

    QTest::addRow("no such round") << 7 << 1 << 2 << u"no round 8"_s;
    QTest::addRow("negative round") << -1 << 1 << 2 << u"no round 0"_s;
    QTest::addRow("same person") << 0 << 3 << 3 << u"two different people"_s;
    QTest::addRow("unknown person") << 0 << 1 << 42 << u"42 is not in round 1"_s;
}

void TestPairingPlanner::refusesBadSwaps()
{
    QFETCH(int, round);
    QFETCH(int, first);
    QFETCH(int, second);
    QFETCH(QString, message);
    const PairingPlan plan = planned(request(6, 3));
    const Result<PairingPlan> swapped = PairingPlanner::swap(plan, round, first, second);
    QVERIFY(!swapped.ok());
    QVERIFY2(swapped.errorString().contains(message), qPrintable(swapped.errorString()));

    const QList<qint64>& group = plan.rounds.at(0).at(0);
    const Result<PairingPlan> together = PairingPlanner::swap(plan, 0, group.at(0), group.at(1));
    QVERIFY(!together.ok());
    QVERIFY2(together.errorString().contains(u"already in the same group"_s), qPrintable(together.errorString()));
}

void TestPairingPlanner::writesJsonContract()
{
    PairingRequest r = request(3, 1);
    r.participants[0].name = u"Ada"_s;
    r.participants[1].name = u"Bo \"B\" Ødegaard"_s;
    r.participants[2].name = u"Cy"_s;
    const PairingPlan plan = planned(r);
    const QByteArray expected = u"{\"rounds\":[[[\"Ada\",\"Bo \\\"B\\\" Ødegaard\",\"Cy\"]]],\"repeats\":0}"_s.toUtf8();
    QCOMPARE(plan.toJson(), expected);

    const PairingPlan bigger = planned(request(7, 4, 2, 3));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bigger.toJson(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject object = document.object();
    QCOMPARE(object.keys(), (QStringList{u"repeats"_s, u"rounds"_s}));
    QCOMPARE(object[u"repeats"_s].toInt(), bigger.repeats);
    const QJsonArray rounds = object[u"rounds"_s].toArray();
    QCOMPARE(rounds.size(), 4);
    for (qsizetype r = 0; r < rounds.size(); ++r) {
        const QJsonArray groups = rounds.at(r).toArray();
        QCOMPARE(groups.size(), bigger.rounds.at(r).size());
        for (qsizetype g = 0; g < groups.size(); ++g) {
            QStringList names;
            for (const QJsonValue& v : groups.at(g).toArray())
                names << v.toString();
            QStringList expected;
            for (qint64 id : bigger.rounds.at(r).at(g))
                expected << u"P%1"_s.arg(id);
            QCOMPARE(names, expected);
        }
    }
}

void TestPairingPlanner::isDeterministicPerSeed()
{
    for (int groupSize : {2, 3, 4}) {
        for (int n : {5, 10, 17}) {
            QSet<QByteArray> distinct;
            for (quint64 seed = 1; seed <= 20; ++seed) {
                PairingRequest r = request(n, 4, groupSize, seed, 3);
                r.preferMixingTeams = true;
                r.history.addGroup({1, 2, 3});
                const QByteArray json = planned(r).toJson();
                QCOMPARE(planned(r).toJson(), json);
                distinct.insert(json);
            }
            if (PairingPlanner::groupSizes(n, groupSize).size() > 1)
                QVERIFY2(distinct.size() > 1, "the seed changes nothing");
        }
    }
}

void TestPairingPlanner::passesSharedChecker_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("groupSize");
    QTest::addColumn<int>("rounds");

    QTest::addRow("40 x 39 pairs") << 40 << 2 << 39;
    QTest::addRow("7 x 7 pairs with trios") << 7 << 2 << 7;
    QTest::addRow("2 people, 3 rounds") << 2 << 2 << 3;
    QTest::addRow("12 in threes x 5") << 12 << 3 << 5;
    QTest::addRow("21 in fours x 6") << 21 << 4 << 6;
    QTest::addRow("10 pairs x 12 (beyond a round robin)") << 10 << 2 << 12;
}

void TestPairingPlanner::passesSharedChecker()
{
    QFETCH(int, n);
    QFETCH(int, groupSize);
    QFETCH(int, rounds);
    const QString checker = QStringLiteral(STEWARD_CHECK_PAIRS);
    if (!QFile::exists(checker))
        QFAIL(qPrintable(u"%1 not found: the contract checkers live in shared/checks beside the clone"_s.arg(checker)));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const PairingPlan plan = planned(request(n, rounds, groupSize, 11));
    const QString path = dir.filePath(u"plan.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(plan.toJson());
    file.close();
    QByteArray output;
    QVERIFY2(runPython({checker, path, QString::number(n), QString::number(plan.repeats)}, output), output.constData());
    QCOMPARE(output.trimmed(), u"rounds=%1 participants=%2 repeats=%3"_s.arg(rounds).arg(n).arg(plan.repeats).toUtf8());

    // The checker really compares: a plan that under-reports its repeats, or is held to fewer, is refused.
    if (plan.repeats > 0) {
        QVERIFY(!runPython({checker, path, QString::number(n), QString::number(plan.repeats - 1)}, output));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        PairingPlan lying = plan;
        lying.repeats = 0;
        file.write(lying.toJson());
        file.close();
        QVERIFY(!runPython({checker, path, QString::number(n), QString::number(plan.repeats)}, output));
        QVERIFY2(output.contains("plan reports repeats=0"), output.constData());
    }
}

QTEST_GUILESS_MAIN(TestPairingPlanner)
#include "TestPairingPlanner.moc"
