// SPDX-License-Identifier: GPL-3.0-or-later
// Findings and before/after comparison on networks built to show each finding, and Spearman's rho.
#include "network/Network.h"
#include "network/NetworkAnalysis.h"
#include "network/NetworkComparison.h"
#include "network/NetworkFindings.h"
#include "network/NetworkFindingsFormat.h"
#include "network/SpearmanCorrelation.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

struct Person
{
    QString team;
    std::optional<ParticipationLevel> level;
};

Network networkOf(const QList<Person>& people, const QList<std::pair<int, int>>& ties)
{
    QList<NetworkNode> nodes;
    for (int i = 0; i < people.size(); ++i)
        nodes.append({i + 1, u"P%1"_s.arg(i), people.at(i).team, people.at(i).level});
    QList<NetworkTie> arcs;
    for (const auto& [a, b] : ties)
        arcs.append({a, b, 1, 1});
    return Network(nodes, arcs);
}

/**
 * Teams A (0-3) and B (4-7) are cliques; 8 (team C) is the only bridge, tied to 0 and 4; 9 (team A)
 * has no tie; team D (10, 11) only talks to itself.
 */
Network organisation()
{
    const auto observer = ParticipationLevel::Observer;
    const auto core = ParticipationLevel::Core;
    QList<Person> people = {{u"A"_s, ParticipationLevel::Steward},
                            {u"A"_s, core},
                            {u"A"_s, ParticipationLevel::Active},
                            {u"A"_s, observer},
                            {u"B"_s, core},
                            {u"B"_s, ParticipationLevel::Active},
                            {u"B"_s, ParticipationLevel::Peripheral},
                            {u"B"_s, observer},
                            {u"C"_s, ParticipationLevel::Active},
                            {u"A"_s, core},
                            {u"D"_s, std::nullopt},
                            {u"D"_s, std::nullopt}};
    QList<std::pair<int, int>> ties;
    for (int base : {0, 4}) {
        for (int i = 0; i < 4; ++i) {
            for (int j = i + 1; j < 4; ++j)
                ties.append({base + i, base + j});
        }
    }
    ties += QList<std::pair<int, int>>{{8, 0}, {8, 4}, {10, 11}};
    return networkOf(people, ties);
}

NetworkMetrics analysed(const Network& network)
{
    auto metrics = NetworkAnalysis::analyse(network);
    if (!metrics)
        qFatal("%s", qPrintable(metrics.errorString()));
    return *metrics;
}

} // namespace

class TestNetworkFindings : public QObject
{
    Q_OBJECT

private slots:
    void spearman();
    void brokersAndCutPoints();
    void isolatedPeopleAndTeams();
    void answerConcentration();
    void corePeripheryAgainstLevels();
    void outcomesWithCaveats();
    void sentencesAndJson();
    void comparison();
};

void TestNetworkFindings::spearman()
{
    // Checked with Python: statistics.correlation of the average ranks.
    QCOMPARE(*spearmanCorrelation({1, 2, 3, 4, 5}, {5, 6, 7, 8, 7}), 0.8207826816681233);
    QVERIFY(std::abs(*spearmanCorrelation({10, 20, 20, 30, 40, 50}, {3, 1, 2, 2, 5, 4}) - 0.5441176470588235) < 1e-12);
    QCOMPARE(*spearmanCorrelation({1, 2, 3}, {30, 20, 10}), -1.0);
    QCOMPARE(*spearmanCorrelation({1, 2, 3}, {1, 4, 9}), 1.0);
    QVERIFY(!spearmanCorrelation({1, 2}, {1, 2}));
    QVERIFY(!spearmanCorrelation({1, 1, 1}, {1, 2, 3}));
    QCOMPARE(averageRanks({3, 1, 3, 2}), (std::vector<double>{3.5, 1, 3.5, 2}));
}

void TestNetworkFindings::brokersAndCutPoints()
{
    const Network network = organisation();
    const Findings f = NetworkFindings::find(network, analysed(network));
    QVERIFY(!f.brokers.isEmpty());
    QCOMPARE(f.brokers.constFirst().name, u"P8"_s);
    QCOMPARE(f.brokers.constFirst().teamsReached, 2);
    QStringList cuts;
    for (const CutPoint& c : f.cutPoints)
        cuts << c.name;
    cuts.sort();
    QCOMPARE(cuts, (QStringList{u"P0"_s, u"P4"_s, u"P8"_s}));
}

void TestNetworkFindings::isolatedPeopleAndTeams()
{
    const Network network = organisation();
    const Findings f = NetworkFindings::find(network, analysed(network));
    QCOMPARE(f.isolatedPeople.size(), 1);
    QCOMPARE(f.isolatedPeople.constFirst().name, u"P9"_s);
    QStringList isolated;
    for (const TeamTies& t : f.teams) {
        if (t.isolated)
            isolated << t.team;
        if (t.team == u"A"_s) {
            QCOMPARE(t.people, 5);
            QCOMPARE(t.internalTies, 6);
            QCOMPARE(t.externalTies, 1);
            QCOMPARE(*t.eiIndex, -5.0 / 7.0);
        }
    }
    // D talks only to itself; A and B are cliques with one way out each (E-I -5/7, above -0.8).
    QCOMPARE(isolated, QStringList{u"D"_s});
}

void TestNetworkFindings::answerConcentration()
{
    const Network network = organisation();
    const QList<ChannelAnswers> answers = {
        {u"#a"_s, 1, 6}, {u"#a"_s, 2, 4}, {u"#b"_s, 3, 3}, {u"#b"_s, 4, 1}, {u"#c"_s, 5, 2}, {u"#c"_s, 6, 2}};
    const Findings f = NetworkFindings::find(network, analysed(network), answers);
    // #a: 6 of 10 (more than half); #b: 3 of 4 but too few answers to say; #c: exactly half.
    QCOMPARE(f.answerConcentration.size(), 1);
    QCOMPARE(f.answerConcentration.constFirst().channel, u"#a"_s);
    QCOMPARE(f.answerConcentration.constFirst().name, u"P0"_s);
    QCOMPARE(f.answerConcentration.constFirst().share, 0.6);
}

void TestNetworkFindings::corePeripheryAgainstLevels()
{
    const Network network = organisation();
    const Findings f = NetworkFindings::find(network, analysed(network));
    const CorePeriphery& c = f.corePeriphery;
    QCOMPARE(c.maxCoreness, 3);
    QCOMPARE(c.n, 10);
    QVERIFY(c.spearman.has_value());
    QStringList hidden;
    for (const LevelMismatch& m : c.hiddenCore)
        hidden << m.name;
    QCOMPARE(hidden, (QStringList{u"P3"_s, u"P6"_s, u"P7"_s}));
    QCOMPARE(c.nominalCore.size(), 1);
    QCOMPARE(c.nominalCore.constFirst().name, u"P9"_s);
    QCOMPARE(c.nominalCore.constFirst().level, u"core"_s);
}

void TestNetworkFindings::outcomesWithCaveats()
{
    const Network network = organisation();
    const NetworkMetrics metrics = analysed(network);
    QList<Outcome> outcomes;
    for (int i = 0; i < 8; ++i)
        outcomes.append({0, i + 1, u"performance"_s, double(i % 3), QDate(2026, 1, 1), 0});
    // A later value replaces an earlier one.
    outcomes.append({0, 1, u"performance"_s, 9, QDate(2026, 6, 1), 0});
    outcomes.append({0, 100, u"performance"_s, 1, QDate(), 0}); // not in the network
    const Findings f = NetworkFindings::find(network, metrics, {}, outcomes);
    QCOMPARE(f.outcomes.size(), NetworkFindings::outcomeMetricKeys().size());
    const OutcomeLink& degree = f.outcomes.constFirst();
    QCOMPARE(degree.outcome, u"performance"_s);
    QCOMPARE(degree.metric, u"degree"_s);
    QCOMPARE(degree.n, 8);
    std::vector<double> x;
    std::vector<double> y;
    for (int i = 0; i < 8; ++i) {
        x.push_back(metrics.people.at(i).degree);
        y.push_back(i == 0 ? 9 : i % 3);
    }
    QCOMPARE(*degree.spearman, *spearmanCorrelation(x, y));
    QVERIFY2(degree.caveat.contains(u"far too few"_s), qPrintable(degree.caveat));
}

void TestNetworkFindings::sentencesAndJson()
{
    const Network network = organisation();
    const Findings f = NetworkFindings::find(network, analysed(network));
    const QString text = NetworkFindingsFormat::toText(f);
    for (const QString& part : {u"Knowledge broker: P8 (C)"_s,
                                u"reaching 2 other teams"_s,
                                u"1 of 12 people had no tie in this window: P9."_s,
                                u"Team D keeps to itself: 1 ties inside, 0 outside (E-I -1.00)."_s,
                                u"Single points of failure: without "_s,
                                u"recorded as observer or peripheral: P3, P6, P7"_s})
        QVERIFY2(text.contains(part), qPrintable(text));
    const QJsonObject json = NetworkFindingsFormat::toJson(f);
    for (const QString& key : {u"graph"_s,
                               u"brokers"_s,
                               u"isolated_people"_s,
                               u"teams"_s,
                               u"isolated_teams"_s,
                               u"single_points_of_failure"_s,
                               u"core_periphery"_s,
                               u"outcomes"_s,
                               u"summary"_s})
        QVERIFY2(json.contains(key), qPrintable(key));
    QCOMPARE(json.value(u"isolated_teams"_s).toArray(), QJsonArray{u"D"_s});
    QCOMPARE(json.value(u"brokers"_s).toArray().at(0).toObject().value(u"name"_s).toString(), u"P8"_s);
}

void TestNetworkFindings::comparison()
{
    // Before: two separate cliques. After: P8 bridges them, and P9 joins clique A.
    Network before = organisation();
    QList<NetworkTie> arcs = before.arcs();
    arcs.removeIf([](const NetworkTie& t) { return t.from == 8 || t.to == 8; });
    before = Network(before.nodes(), arcs);
    Network after = organisation();
    arcs = after.arcs();
    for (int i = 0; i < 4; ++i)
        arcs.append({9, i, 1, 1});
    after = Network(after.nodes(), arcs);
    const NetworkMetrics b = analysed(before);
    const NetworkMetrics a = analysed(after);
    const NetworkComparisonResult c =
        NetworkComparison::compare({QDate(2026, 1, 1), QDate(2026, 2, 28), b, NetworkFindings::find(before, b).brokers},
                                   {QDate(2026, 3, 1), QDate(2026, 4, 29), a, NetworkFindings::find(after, a).brokers});
    // Before, no one was on a path between the cliques; after, the bridge P8 and its two ends are.
    QStringList brokers;
    for (const Broker& broker : c.newBrokers)
        brokers << broker.name;
    brokers.sort();
    QCOMPARE(brokers, (QStringList{u"P0"_s, u"P4"_s, u"P8"_s}));
    QVERIFY(c.formerBrokers.isEmpty());
    QVERIFY(!c.towardCore.isEmpty());
    QCOMPARE(c.towardCore.constFirst().name, u"P9"_s);
    QCOMPARE(c.towardCore.constFirst().before, 0);
    QCOMPARE(c.towardCore.constFirst().after, 4);
    const QJsonObject json = NetworkFindingsFormat::toJson(c);
    const QJsonObject density = json.value(u"changes"_s).toObject().value(u"density"_s).toObject();
    QCOMPARE(density.value(u"before"_s).toDouble(), b.graph.density);
    QCOMPARE(density.value(u"after"_s).toDouble(), a.graph.density);
    QCOMPARE(density.value(u"change"_s).toDouble(), a.graph.density - b.graph.density);
    QCOMPARE(json.value(u"before"_s).toObject().value(u"from"_s).toString(), u"2026-01-01"_s);
    QVERIFY(NetworkFindingsFormat::toText(c).contains(u"New knowledge brokers: "_s));
}

QTEST_GUILESS_MAIN(TestNetworkFindings)
#include "TestNetworkFindings.moc"
