// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/SeededRandom.h"
#include "schedule/PairingPlanner.h"

#include <QTest>

#include <algorithm>
#include <map>

using namespace steward;
using namespace Qt::StringLiterals;

/**
 * Property tests: every size 2..60, group sizes 2, 3, 4, twenty seeds; every rule checked on every plan by an
 * audit that shares no code with the planner. Bounds asserted:
 *  - any plan: repeats >= the counting lower bound (meetings beyond the number of distinct pairs, per plan and
 *    per person);
 *  - pairs, even n, r <= n-1 rounds: 0 repeats (circle method);
 *  - pairs, r >= one full turn (n-1 even, n odd): repeats == the lower bound, i.e. minimal (2n for odd n at r = n);
 *  - pairs, odd n, r < n: repeats <= 2r (proved: the circle's pairs are distinct, a trio adds two meetings) and
 *    <= lower bound + 3 (measured);
 *  - groups of 3-4: none repeat in a first round, nor in a second when there are at least as many groups as
 *    members of the largest group (measured); n-1 rounds or more reach the lower bound exactly (measured: every
 *    pair has met, nothing is repeated needlessly); over 4 rounds the planner beats random draws of the same sizes.
 */
class TestPairingProperties : public QObject
{
    Q_OBJECT

private slots:
    void everyRuleOnShortPlans_data();
    void everyRuleOnShortPlans();
    void everyRuleOnLongPlans_data();
    void everyRuleOnLongPlans();
    void beatsRandomDraws_data();
    void beatsRandomDraws();
    void measuresRoundsWithoutRepeats();
    void cleanupTestCase();

private:
    void checkPlan(int n, int groupSize, int rounds, quint64 seed);

    std::map<std::pair<int, int>, int> m_maxGap; // (group size, rounds <= 6 ? rounds : 0) -> repeats - bound
    int m_plans = 0;
};

namespace {

constexpr int kSeeds = 20;

PairingRequest request(int n, int rounds, int groupSize, quint64 seed)
{
    PairingRequest r;
    for (int i = 0; i < n; ++i)
        r.participants.append({100 + i, u"P%1"_s.arg(i), QString()});
    r.rounds = rounds;
    r.groupSize = groupSize;
    r.seed = seed;
    return r;
}

int cycleLength(int n)
{
    return n % 2 == 0 ? n - 1 : n;
}

/** The sizes rule restated: balanced, at least 2, at most groupSize + 1, closest to groupSize. */
bool sizesFollowRule(QList<int> sizes, int n, int groupSize)
{
    std::sort(sizes.begin(), sizes.end());
    int sum = 0;
    for (int s : sizes)
        sum += s;
    return sum == n && sizes.first() >= 2 && sizes.last() <= groupSize + 1 && sizes.last() - sizes.first() <= 1
           && (groupSize != 2 || sizes.count(3) == n % 2);
}

/** No r rounds of these sizes can have fewer repeats: by total meetings, and by each person's meetings. */
int lowerBound(const QList<int>& sizes, int n, int rounds)
{
    long meetingsPerRound = 0;
    for (int s : sizes)
        meetingsPerRound += s * (s - 1) / 2;
    const long total = rounds * meetingsPerRound - long(n) * (n - 1) / 2;
    const int smallest = *std::min_element(sizes.begin(), sizes.end());
    const long perPerson = (long(n) * std::max(0, rounds * (smallest - 1) - (n - 1)) + 1) / 2;
    return int(std::max({0L, total, perPerson}));
}

/** Empty if the plan keeps every rule; else what is wrong. Shares no code with the planner. */
QString audit(const PairingPlan& plan, int n, int groupSize, int rounds)
{
    if (plan.rounds.size() != rounds)
        return u"%1 rounds instead of %2"_s.arg(plan.rounds.size()).arg(rounds);
    std::map<std::pair<qint64, qint64>, int> met;
    for (qsizetype r = 0; r < plan.rounds.size(); ++r) {
        QList<qint64> everyone;
        QList<int> sizes;
        for (const QList<qint64>& group : plan.rounds.at(r)) {
            if (group.size() < 2)
                return u"round %1: someone alone"_s.arg(r);
            sizes << int(group.size());
            everyone += group;
            for (qsizetype i = 0; i < group.size(); ++i) {
                for (qsizetype j = i + 1; j < group.size(); ++j)
                    ++met[std::minmax(group.at(i), group.at(j))];
            }
        }
        std::sort(everyone.begin(), everyone.end());
        for (int i = 0; i < n; ++i) {
            if (everyone.size() != n || everyone.at(i) != 100 + i)
                return u"round %1: not everyone exactly once"_s.arg(r);
        }
        if (!sizesFollowRule(sizes, n, groupSize))
            return u"round %1: group sizes break the rule"_s.arg(r);
        std::sort(sizes.begin(), sizes.end(), std::greater<>());
        if (sizes != PairingPlanner::groupSizes(n, groupSize))
            return u"round %1: group sizes differ from groupSizes()"_s.arg(r);
    }
    int repeats = 0;
    for (const auto& [pair, count] : met)
        repeats += count - 1;
    if (repeats != plan.repeats)
        return u"reports %1 repeats, has %2"_s.arg(plan.repeats).arg(repeats);
    if (plan.historyRepeats != 0 || !plan.doNotPairBreaches.isEmpty())
        return u"history or do-not-pair reported without any"_s;
    return {};
}

} // namespace

void TestPairingProperties::checkPlan(int n, int groupSize, int rounds, quint64 seed)
{
    const PairingRequest input = request(n, rounds, groupSize, seed);
    const Result<PairingPlan> plan = PairingPlanner::plan(input);
    QVERIFY2(plan.ok(), qPrintable(plan.errorString()));
    ++m_plans;
    const QString context = u"n=%1 groups of %2, %3 rounds, seed %4: "_s.arg(n).arg(groupSize).arg(rounds).arg(seed);
    const QString problem = audit(*plan, n, groupSize, rounds);
    QVERIFY2(problem.isEmpty(), qPrintable(context + problem));
    const QList<int> sizes = PairingPlanner::groupSizes(n, groupSize);
    const int bound = lowerBound(sizes, n, rounds);
    const int repeats = plan->repeats;
    QVERIFY2(repeats >= bound, qPrintable(context + u"below the lower bound?"_s));
    int& gap = m_maxGap[{groupSize, rounds <= 6 ? rounds : 0}];
    gap = std::max(gap, repeats - bound);
    // The same request gives the same plan.
    QCOMPARE(PairingPlanner::plan(input)->rounds, plan->rounds);

    if (groupSize == 2) {
        if (n % 2 == 0 && rounds <= n - 1)
            QVERIFY2(repeats == 0, qPrintable(context + u"%1 repeats"_s.arg(repeats)));
        if (rounds >= cycleLength(n))
            QVERIFY2(repeats == bound, qPrintable(context + u"%1 repeats, minimum %2"_s.arg(repeats).arg(bound)));
        if (n % 2 == 1 && rounds < n) {
            QVERIFY2(repeats <= 2 * rounds, qPrintable(context + u"%1 repeats"_s.arg(repeats)));
            QVERIFY2(repeats <= bound + 3, qPrintable(context + u"%1 repeats, bound %2"_s.arg(repeats).arg(bound)));
        }
    } else {
        if (rounds == 1)
            QCOMPARE(repeats, 0);
        if (rounds == 2 && sizes.size() >= sizes.first())
            QVERIFY2(repeats == 0, qPrintable(context + u"%1 repeats in two rounds"_s.arg(repeats)));
        if (rounds >= n - 1)
            QVERIFY2(repeats == bound, qPrintable(context + u"%1 repeats, minimum %2"_s.arg(repeats).arg(bound)));
    }
}

void TestPairingProperties::everyRuleOnShortPlans_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("groupSize");
    for (int groupSize : {2, 3, 4}) {
        for (int n = 2; n <= 60; ++n)
            QTest::addRow("%d in groups of %d", n, groupSize) << n << groupSize;
    }
}

void TestPairingProperties::everyRuleOnShortPlans()
{
    QFETCH(int, n);
    QFETCH(int, groupSize);
    for (quint64 seed = 1; seed <= kSeeds; ++seed) {
        for (int rounds : {1, 2, 3, 6}) {
            checkPlan(n, groupSize, rounds, seed);
            if (QTest::currentTestFailed())
                return;
        }
    }
}

void TestPairingProperties::everyRuleOnLongPlans_data()
{
    everyRuleOnShortPlans_data();
}

void TestPairingProperties::everyRuleOnLongPlans()
{
    // A full turn of the circle and beyond it: more rounds than possible without repeats are allowed and counted.
    QFETCH(int, n);
    QFETCH(int, groupSize);
    for (quint64 seed = 1; seed <= 3; ++seed) {
        for (int rounds : {cycleLength(n), cycleLength(n) + 3}) {
            checkPlan(n, groupSize, rounds, seed);
            if (QTest::currentTestFailed())
                return;
        }
    }
}

void TestPairingProperties::beatsRandomDraws_data()
{
    everyRuleOnShortPlans_data();
}

void TestPairingProperties::beatsRandomDraws()
{
    // Not random draws: over four rounds the planner's repeats stay below those of random groups of the same sizes
    // (when random groups are not already as good as possible).
    QFETCH(int, n);
    QFETCH(int, groupSize);
    const QList<int> sizes = PairingPlanner::groupSizes(n, groupSize);
    const int rounds = 4;
    long planned = 0;
    long drawn = 0;
    long bound = 0;
    for (quint64 seed = 1; seed <= kSeeds; ++seed) {
        planned += PairingPlanner::plan(request(n, rounds, groupSize, seed))->repeats;
        SeededRandom random(seed);
        QList<QList<QList<qint64>>> draws;
        for (int r = 0; r < rounds; ++r) {
            QList<qint64> ids;
            for (int i = 0; i < n; ++i)
                ids << 100 + i;
            random.shuffle(ids);
            QList<QList<qint64>> round;
            qsizetype at = 0;
            for (int size : sizes) {
                round << ids.mid(at, size);
                at += size;
            }
            draws << round;
        }
        drawn += PairingPlan::countRepeats(draws);
        bound += lowerBound(sizes, n, rounds);
    }
    QVERIFY2(planned <= drawn, qPrintable(u"planned %1, random %2"_s.arg(planned).arg(drawn)));
    if (drawn > bound)
        QVERIFY2(planned < drawn, qPrintable(u"planned %1, random %2"_s.arg(planned).arg(drawn)));
}

void TestPairingProperties::measuresRoundsWithoutRepeats()
{
    // How many rounds of 3-4 stay free of repeats, against the ceiling floor((n-1)/(g-1)) (each round uses g-1 of
    // a person's n-1 partners). Asserted: at least half the ceiling for n >= g^2 (measured: 55-100%).
    for (int groupSize : {3, 4}) {
        QString line;
        for (int n : {9, 12, 15, 16, 20, 21, 24, 28, 30, 36, 40, 45, 48, 59, 60}) {
            const int ceiling = (n - 1) / (groupSize - 1);
            int worst = ceiling;
            for (quint64 seed = 1; seed <= 3; ++seed) {
                int clean = 0;
                for (int rounds = 1; rounds <= ceiling; ++rounds) {
                    if (PairingPlanner::plan(request(n, rounds, groupSize, seed))->repeats > 0)
                        break;
                    clean = rounds;
                }
                worst = std::min(worst, clean);
            }
            line += u" %1:%2/%3"_s.arg(n).arg(worst).arg(ceiling);
            if (n >= groupSize * groupSize)
                QVERIFY2(2 * worst >= ceiling, qPrintable(u"n=%1: %2 of %3"_s.arg(n).arg(worst).arg(ceiling)));
        }
        qDebug("groups of %d, rounds without a repeat (worst of 3 seeds) / ceiling:%s", groupSize, qPrintable(line));
    }
}

void TestPairingProperties::cleanupTestCase()
{
    QString gaps;
    for (const auto& [key, gap] : m_maxGap) {
        gaps += key.second > 0 ? u" g%1 r%2:+%3"_s.arg(key.first).arg(key.second).arg(gap)
                               : u" g%1 long:+%2"_s.arg(key.first).arg(gap);
    }
    qDebug("%d plans audited; largest repeats above the lower bound:%s", m_plans, qPrintable(gaps));
}

QTEST_GUILESS_MAIN(TestPairingProperties)
#include "TestPairingProperties.moc"
