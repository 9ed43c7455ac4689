// SPDX-License-Identifier: GPL-3.0-or-later
// The metrics engine against published values (Zachary's karate club) and hand-checked small graphs.
#include "TestWorkspace.h"
#include "common/SeededRandom.h"
#include "network/IgraphGraph.h"
#include "network/IgraphVector.h"
#include "network/Network.h"
#include "network/NetworkAnalysis.h"
#include "network/PathMetrics.h"

#include <QFile>
#include <QTest>
#include <igraph.h>

#include <cmath>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

struct Edge
{
    int a = 0;
    int b = 0;
    double weight = 1;
};

/** People 0..n-1 (person id = index, named by their number), one arc per edge. */
Network networkOf(int n, const QList<Edge>& edges, const QStringList& teams = {})
{
    QList<NetworkNode> nodes;
    for (int i = 0; i < n; ++i)
        nodes.append({i, QString::number(i), teams.value(i), std::nullopt});
    QList<NetworkTie> arcs;
    for (const Edge& e : edges)
        arcs.append({e.a, e.b, e.weight, 1});
    return Network(nodes, arcs);
}

Network karate()
{
    QFile file(test::testDataPath(u"network/karate.csv"_s));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("karate.csv is missing");
    QList<Edge> edges;
    file.readLine();
    while (!file.atEnd()) {
        const QList<QByteArray> cells = file.readLine().trimmed().split(',');
        if (cells.size() == 3)
            edges.append({cells.at(0).toInt(), cells.at(1).toInt(), cells.at(2).toDouble()});
    }
    return networkOf(34, edges);
}

/** A connected-ish random graph, the same for a seed. */
Network randomNetwork(int n, int m, quint64 seed)
{
    SeededRandom random(seed);
    QList<Edge> edges;
    for (int i = 1; i < n; ++i)
        edges.append({i, random.bounded(i), double(1 + random.bounded(4))});
    while (edges.size() < m)
        edges.append({random.bounded(n), random.bounded(n), double(1 + random.bounded(4))});
    return networkOf(n, edges);
}

bool close(double actual, double expected, double relative = 1e-9)
{
    return std::abs(actual - expected) <= relative * std::max(1.0, std::abs(expected));
}

#define COMPARE_NEAR(actual, expected)                                                                                 \
    QVERIFY2(close((actual), (expected)),                                                                              \
             qPrintable(u"%1 = %2, expected %3"_s.arg(QString::fromLatin1(#actual))                                    \
                            .arg((actual), 0, 'g', 17)                                                                 \
                            .arg((expected), 0, 'g', 17)))

NetworkMetrics analysed(const Network& network, NetworkAnalysisOptions options = {})
{
    auto metrics = NetworkAnalysis::analyse(network, options);
    if (!metrics)
        qFatal("analysis failed: %s", qPrintable(metrics.errorString()));
    return *metrics;
}

/** Cancels at the first progress report. */
class CancelAtOnce : public Progress
{
public:
    void report(qint64, qint64, const QString&) override { m_canceled = true; }
    bool isCanceled() const override { return m_canceled; }

private:
    bool m_canceled = false;
};

} // namespace

class TestNetworkMetrics : public QObject
{
    Q_OBJECT

private slots:
    void karateKnownValues();
    void karateWeighted();
    void path();
    void star();
    void triangle();
    void twoTrianglesAndABridge();
    void disconnectedWithIsolates();
    void weightedPathsUseInverseWeights();
    void directionKeptForInAndOutDegree();
    void emptyWindow();
    void onePersonCommunity();
    void nobody();
    void crossTeamShare();
    void parallelBetweennessSumsToTheFullComputation();
    void sameSeedSameNumbers();
    void samplingWithEveryoneIsExact();
    void samplingEstimatesWithinItsError();
    void cancels();
};

void TestNetworkMetrics::karateKnownValues()
{
    const NetworkMetrics m = analysed(karate());
    QCOMPARE(m.graph.nodes, 34);
    QCOMPARE(m.graph.edges, 78);
    // networkx 2.8 betweenness_centrality(G, normalized=False), printed with repr().
    COMPARE_NEAR(m.people.at(0).betweenness, 231.0714285714286);
    COMPARE_NEAR(m.people.at(33).betweenness, 160.5515873015873);
    COMPARE_NEAR(m.people.at(0).betweennessNormalized, 231.0714285714286 / 528.0);
    COMPARE_NEAR(m.people.at(0).closeness, 0.5689655172413793);
    COMPARE_NEAR(m.graph.density, 78.0 / 561.0);
    COMPARE_NEAR(m.graph.transitivity, 0.2556818181818182);
    COMPARE_NEAR(m.graph.averageClustering, 0.5706384782076823);
    QCOMPARE(m.people.at(0).coreness, 4);
    QCOMPARE(m.people.at(0).degree, 16);
    QVERIFY(m.people.at(0).articulation);
    QCOMPARE(m.graph.components, 1);
    QVERIFY(m.graph.modularity.has_value());
    QVERIFY2(*m.graph.modularity > 0.40, qPrintable(QString::number(*m.graph.modularity)));
    QCOMPARE(m.people.at(33).eigenvector, 1.0);
}

void TestNetworkMetrics::karateWeighted()
{
    NetworkAnalysisOptions options;
    options.weighted = true;
    const NetworkMetrics m = analysed(karate(), options);
    QVERIFY(m.graph.weighted);
    // Strength is the summed weight of the ties: networkx G.degree(0, weight="weight").
    COMPARE_NEAR(m.people.at(0).strength, 42.0);
    COMPARE_NEAR(m.people.at(33).strength, 48.0);
    QVERIFY(m.people.at(0).betweenness != analysed(karate()).people.at(0).betweenness);
}

void TestNetworkMetrics::path()
{
    const NetworkMetrics m = analysed(networkOf(4, {{0, 1}, {1, 2}, {2, 3}}));
    const QList<double> betweenness = {0, 2, 2, 0};
    const QList<double> closeness = {0.5, 0.75, 0.75, 0.5};
    const QList<double> harmonic = {1 + 0.5 + 1.0 / 3, 2.5, 2.5, 1 + 0.5 + 1.0 / 3};
    for (int v = 0; v < 4; ++v) {
        COMPARE_NEAR(m.people.at(v).betweenness, betweenness.at(v));
        COMPARE_NEAR(m.people.at(v).betweennessNormalized, betweenness.at(v) / 3);
        COMPARE_NEAR(m.people.at(v).closeness, closeness.at(v));
        COMPARE_NEAR(m.people.at(v).harmonic, harmonic.at(v));
        QCOMPARE(m.people.at(v).clustering, 0.0);
        QCOMPARE(m.people.at(v).coreness, 1);
        QCOMPARE(m.people.at(v).articulation, v == 1 || v == 2);
    }
    COMPARE_NEAR(*m.people.at(0).constraint, 1.0);
    COMPARE_NEAR(*m.people.at(1).constraint, 0.5);
    COMPARE_NEAR(*m.people.at(0).effectiveSize, 1.0);
    COMPARE_NEAR(*m.people.at(1).effectiveSize, 2.0);
    COMPARE_NEAR(m.graph.density, 0.5);
    QCOMPARE(m.graph.transitivity, 0.0);
    QCOMPARE(m.graph.components, 1);
    QCOMPARE(m.graph.isolates, 0);
}

void TestNetworkMetrics::star()
{
    const NetworkMetrics m = analysed(networkOf(5, {{0, 1}, {0, 2}, {0, 3}, {0, 4}}));
    COMPARE_NEAR(m.people.at(0).betweenness, 6.0);
    COMPARE_NEAR(m.people.at(0).betweennessNormalized, 1.0);
    COMPARE_NEAR(m.people.at(0).closeness, 1.0);
    COMPARE_NEAR(m.people.at(1).closeness, 4.0 / 7.0);
    COMPARE_NEAR(m.people.at(0).eigenvector, 1.0);
    COMPARE_NEAR(m.people.at(1).eigenvector, 0.5);
    COMPARE_NEAR(*m.people.at(0).constraint, 0.25);
    COMPARE_NEAR(*m.people.at(1).constraint, 1.0);
    COMPARE_NEAR(*m.people.at(0).effectiveSize, 4.0);
    QVERIFY(m.people.at(0).articulation);
    QVERIFY(!m.people.at(1).articulation);
    COMPARE_NEAR(m.graph.density, 0.4);
    QCOMPARE(m.people.at(0).clustering, 0.0);
}

void TestNetworkMetrics::triangle()
{
    const NetworkMetrics m = analysed(networkOf(3, {{0, 1}, {1, 2}, {2, 0}}));
    for (const PersonMetrics& p : m.people) {
        QCOMPARE(p.betweenness, 0.0);
        COMPARE_NEAR(p.closeness, 1.0);
        COMPARE_NEAR(p.clustering, 1.0);
        QCOMPARE(p.coreness, 2);
        COMPARE_NEAR(*p.constraint, 1.125);
        COMPARE_NEAR(*p.effectiveSize, 1.0);
        QVERIFY(!p.articulation);
        QCOMPARE(p.community, 0);
    }
    COMPARE_NEAR(m.graph.transitivity, 1.0);
    COMPARE_NEAR(m.graph.density, 1.0);
    COMPARE_NEAR(*m.graph.modularity, 0.0);
}

void TestNetworkMetrics::twoTrianglesAndABridge()
{
    const NetworkMetrics m = analysed(networkOf(6, {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 5}, {5, 3}}));
    const QList<double> betweenness = {0, 0, 6, 6, 0, 0};
    for (int v = 0; v < 6; ++v) {
        COMPARE_NEAR(m.people.at(v).betweenness, betweenness.at(v));
        QCOMPARE(m.people.at(v).articulation, v == 2 || v == 3);
        QCOMPARE(m.people.at(v).community, v < 3 ? 0 : 1);
    }
    COMPARE_NEAR(m.people.at(2).betweennessNormalized, 0.6);
    COMPARE_NEAR(m.people.at(2).closeness, 5.0 / 7.0);
    COMPARE_NEAR(m.people.at(2).clustering, 1.0 / 3.0);
    COMPARE_NEAR(m.graph.transitivity, 0.6);
    COMPARE_NEAR(m.graph.averageClustering, 7.0 / 9.0);
    COMPARE_NEAR(*m.graph.modularity, 6.0 / 7.0 - 0.5);
    QCOMPARE(m.graph.communities, 2);
    COMPARE_NEAR(m.graph.density, 7.0 / 15.0);
}

void TestNetworkMetrics::disconnectedWithIsolates()
{
    // A triangle, a pair and two people without ties.
    const NetworkMetrics m = analysed(networkOf(7, {{0, 1}, {1, 2}, {2, 0}, {3, 4}}));
    QCOMPARE(m.graph.components, 4);
    QCOMPARE(m.graph.isolates, 2);
    COMPARE_NEAR(m.graph.largestComponentShare, 3.0 / 7.0);
    // wf_improved: (r / sum of distances) x (r / (n-1)).
    COMPARE_NEAR(m.people.at(0).closeness, 1.0 / 3.0);
    COMPARE_NEAR(m.people.at(3).closeness, 1.0 / 6.0);
    COMPARE_NEAR(m.people.at(0).harmonic, 2.0);
    for (int v : {5, 6}) {
        const PersonMetrics& p = m.people.at(v);
        QCOMPARE(p.degree, 0);
        QCOMPARE(p.closeness, 0.0);
        QCOMPARE(p.harmonic, 0.0);
        QCOMPARE(p.betweenness, 0.0);
        QCOMPARE(p.clustering, 0.0);
        QCOMPARE(p.coreness, 0);
        QCOMPARE(p.eigenvector, 0.0);
        QVERIFY(!p.constraint.has_value());
        QVERIFY(!p.effectiveSize.has_value());
    }
    COMPARE_NEAR(m.people.at(0).eigenvector, 1.0);
    QCOMPARE(m.people.at(3).eigenvector, 0.0);
    QCOMPARE(m.graph.communities, 4);
}

void TestNetworkMetrics::weightedPathsUseInverseWeights()
{
    // 0-2 is a weak tie (weight 0.25, distance 4): weighted, the short way from 0 to 2 runs through 1.
    const Network network = networkOf(3, {{0, 1, 1}, {1, 2, 1}, {0, 2, 0.25}});
    const NetworkMetrics plain = analysed(network);
    NetworkAnalysisOptions options;
    options.weighted = true;
    const NetworkMetrics weighted = analysed(network, options);
    QCOMPARE(plain.people.at(1).betweenness, 0.0);
    COMPARE_NEAR(weighted.people.at(1).betweenness, 1.0);
    COMPARE_NEAR(weighted.people.at(0).closeness, 2.0 / 3.0);
    COMPARE_NEAR(weighted.people.at(0).harmonic, 1.5);
    COMPARE_NEAR(plain.people.at(0).strength, 1.25);
    COMPARE_NEAR(weighted.people.at(0).strength, 1.25);
    // Clustering is never weighted.
    COMPARE_NEAR(weighted.people.at(0).clustering, 1.0);
    // Repeated interactions add up into one tie.
    const NetworkMetrics summed = analysed(networkOf(2, {{0, 1, 2}, {1, 0, 3}, {0, 1, 0.5}}));
    QCOMPARE(summed.graph.edges, 1);
    COMPARE_NEAR(summed.people.at(0).strength, 5.5);
}

void TestNetworkMetrics::directionKeptForInAndOutDegree()
{
    // 0 asks 1 and 2 (twice); 2 answers 0; 1 talks to themself (dropped).
    const NetworkMetrics m = analysed(networkOf(3, {{0, 1}, {0, 2}, {0, 2}, {2, 0}, {1, 1}}));
    QCOMPARE(m.people.at(0).outDegree, 2);
    QCOMPARE(m.people.at(0).inDegree, 1);
    QCOMPARE(m.people.at(1).inDegree, 1);
    QCOMPARE(m.people.at(1).outDegree, 0);
    QCOMPARE(m.people.at(2).inDegree, 1);
    QCOMPARE(m.people.at(2).outDegree, 1);
    QCOMPARE(m.people.at(0).degree, 2);
    QCOMPARE(m.people.at(1).degree, 1);
    QCOMPARE(m.graph.edges, 2);
    COMPARE_NEAR(m.people.at(0).strength, 4.0);
}

void TestNetworkMetrics::emptyWindow()
{
    const NetworkMetrics m = analysed(networkOf(4, {}));
    QCOMPARE(m.graph.nodes, 4);
    QCOMPARE(m.graph.edges, 0);
    QCOMPARE(m.graph.density, 0.0);
    QCOMPARE(m.graph.components, 4);
    QCOMPARE(m.graph.isolates, 4);
    QCOMPARE(m.graph.transitivity, 0.0);
    QCOMPARE(m.graph.averageClustering, 0.0);
    QVERIFY(!m.graph.modularity.has_value());
    QVERIFY(!m.graph.crossTeamShare.has_value());
    for (const PersonMetrics& p : m.people) {
        QCOMPARE(p.betweenness, 0.0);
        QCOMPARE(p.closeness, 0.0);
        QCOMPARE(p.strength, 0.0);
        QVERIFY(!p.constraint.has_value());
    }
}

void TestNetworkMetrics::onePersonCommunity()
{
    const NetworkMetrics m = analysed(networkOf(1, {}));
    QCOMPARE(m.graph.nodes, 1);
    QCOMPARE(m.graph.density, 0.0);
    QCOMPARE(m.graph.components, 1);
    COMPARE_NEAR(m.graph.largestComponentShare, 1.0);
    QCOMPARE(m.people.at(0).betweennessNormalized, 0.0);
    QCOMPARE(m.people.at(0).closeness, 0.0);
    QCOMPARE(m.people.at(0).community, 0);
}

void TestNetworkMetrics::nobody()
{
    const NetworkMetrics m = analysed(networkOf(0, {}));
    QCOMPARE(m.graph.nodes, 0);
    QCOMPARE(m.graph.components, 0);
    QCOMPARE(m.graph.largestComponentShare, 0.0);
    QVERIFY(m.people.isEmpty());
}

void TestNetworkMetrics::crossTeamShare()
{
    // Ties: A-A, A-B, A-B, B-(no team): two external, one internal, one not counted.
    const NetworkMetrics m =
        analysed(networkOf(5, {{0, 1}, {0, 2}, {1, 3}, {3, 4}}, {u"A"_s, u"A"_s, u"B"_s, u"b"_s, QString()}));
    COMPARE_NEAR(*m.graph.crossTeamShare, 2.0 / 3.0);
    COMPARE_NEAR(*m.graph.eiIndex, 1.0 / 3.0);
}

void TestNetworkMetrics::parallelBetweennessSumsToTheFullComputation()
{
    for (bool weighted : {false, true}) {
        const Network network = randomNetwork(300, 1200, 7);
        NetworkAnalysisOptions options;
        options.weighted = weighted;
        options.workers = 2;
        const NetworkMetrics split = analysed(network, options);

        // igraph alone, one call over all sources.
        std::vector<igraph_integer_t> ends;
        std::vector<double> distances;
        for (const NetworkTie& tie : network.ties()) {
            ends.push_back(tie.from);
            ends.push_back(tie.to);
            distances.push_back(1 / tie.weight);
        }
        auto graph = IgraphGraph::undirected(network.nodeCount(), ends);
        QVERIFY(graph);
        IgraphVector full;
        IgraphVector weights(distances);
        QCOMPARE(igraph_betweenness(
                     (*graph)->get(), full.get(), igraph_vss_all(), false, weighted ? weights.get() : nullptr),
                 IGRAPH_SUCCESS);
        for (int v = 0; v < network.nodeCount(); ++v)
            COMPARE_NEAR(split.people.at(v).betweenness, full.at(v));

        auto twoProcesses = PathMetrics::compute(**graph, weighted ? &weights : nullptr, 0, 1, 2, Progress::none());
        QVERIFY(twoProcesses);
        QCOMPARE(twoProcesses->processes, 2);
        auto oneProcess = PathMetrics::compute(**graph, weighted ? &weights : nullptr, 0, 1, 1, Progress::none());
        QVERIFY(oneProcess);
        QCOMPARE(oneProcess->processes, 1);
        // Same jobs summed in the same order: identical to the last bit, however many processes ran them.
        QVERIFY(twoProcesses->betweenness == oneProcess->betweenness);
        QVERIFY(twoProcesses->closeness == oneProcess->closeness);
        QVERIFY(twoProcesses->harmonic == oneProcess->harmonic);
    }
}

void TestNetworkMetrics::sameSeedSameNumbers()
{
    const Network network = randomNetwork(400, 900, 3);
    NetworkAnalysisOptions options;
    options.seed = 99;
    const NetworkMetrics a = analysed(network, options);
    options.workers = 1;
    const NetworkMetrics b = analysed(network, options);
    for (int v = 0; v < network.nodeCount(); ++v) {
        QCOMPARE(a.people.at(v).community, b.people.at(v).community);
        QCOMPARE(a.people.at(v).betweenness, b.people.at(v).betweenness);
    }
    QCOMPARE(*a.graph.modularity, *b.graph.modularity);
}

void TestNetworkMetrics::samplingWithEveryoneIsExact()
{
    NetworkAnalysisOptions options;
    options.pathSamples = 34;
    const NetworkMetrics m = analysed(karate(), options);
    QCOMPARE(m.graph.sampling.samples, 0);
    COMPARE_NEAR(m.people.at(0).betweenness, 231.0714285714286);
}

void TestNetworkMetrics::samplingEstimatesWithinItsError()
{
    const Network network = randomNetwork(600, 1500, 11);
    const NetworkMetrics exact = analysed(network);
    NetworkAnalysisOptions options;
    options.pathSamples = 200;
    const NetworkMetrics estimate = analysed(network, options);
    QCOMPARE(estimate.graph.sampling.samples, 200);
    const double error = estimate.graph.sampling.betweennessError;
    QVERIFY(error > 0);
    double worst = 0;
    double worstCloseness = 0;
    for (int v = 0; v < network.nodeCount(); ++v) {
        worst = std::max(
            worst, std::abs(estimate.people.at(v).betweennessNormalized - exact.people.at(v).betweennessNormalized));
        worstCloseness =
            std::max(worstCloseness, std::abs(estimate.people.at(v).closeness / exact.people.at(v).closeness - 1));
    }
    QVERIFY2(worst < 5 * error, qPrintable(u"worst %1, reported error %2"_s.arg(worst).arg(error)));
    QVERIFY2(worstCloseness < 0.1, qPrintable(QString::number(worstCloseness)));
}

void TestNetworkMetrics::cancels()
{
    CancelAtOnce cancel;
    auto metrics = NetworkAnalysis::analyse(randomNetwork(200, 400, 1), {}, cancel);
    QVERIFY(!metrics);
    QVERIFY2(metrics.errorString().contains(u"cancelled"_s), qPrintable(metrics.errorString()));
}

QTEST_GUILESS_MAIN(TestNetworkMetrics)
#include "TestNetworkMetrics.moc"
