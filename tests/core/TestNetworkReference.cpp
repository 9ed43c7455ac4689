// SPDX-License-Identifier: GPL-3.0-or-later
// Our metrics against networkx, number for number (1e-9 relative), on graphs with weights, several
// components and isolated people. networkx runs in /usr/bin/python3 (python3-networkx).
#include "TestWorkspace.h"
#include "common/SeededRandom.h"
#include "network/Network.h"
#include "network/NetworkAnalysis.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {

const char* const kPython = "/usr/bin/python3";

// Reads "n", then our community of each person, then "a b weight" lines; prints networkx's numbers.
// Distances are exact fractions (1/weight): networkx compares path lengths exactly, igraph within a
// relative 1e-10, so with rounded floats networkx would miss ties between equally short paths that
// igraph sees (karate club, weighted: 208.5 against the exact 209 for person 0).
const char* const kScript = R"PY(
import json, math, sys
from fractions import Fraction
import networkx as nx
lines = open(sys.argv[1]).read().split("\n")
weighted = sys.argv[2] == "weighted"
n = int(lines[0])
communities = [int(c) for c in lines[1].split()] if lines[1].strip() else []
G = nx.Graph()
G.add_nodes_from(range(n))
for line in lines[2:]:
    if line.strip():
        a, b, w = line.split()
        G.add_edge(int(a), int(b), weight=float(w), distance=1 / Fraction(w))
w = "weight" if weighted else None
d = "distance" if weighted else None
def floats(values, nan_as_none=False):
    out = []
    for v in range(n):
        x = float(values[v])
        out.append(None if nan_as_none and math.isnan(x) else x)
    return out
out = {
    "degree": [G.degree(v) for v in range(n)],
    "strength": floats(dict(G.degree(weight="weight"))),
    "betweenness": floats(nx.betweenness_centrality(G, normalized=False, weight=d)),
    "betweenness_normalized": floats(nx.betweenness_centrality(G, normalized=True, weight=d)),
    "closeness": floats(nx.closeness_centrality(G, distance=d)),
    "harmonic": floats(nx.harmonic_centrality(G, distance=d)),
    "clustering": floats(nx.clustering(G)),
    "coreness": [nx.core_number(G)[v] for v in range(n)],
    "constraint": floats(nx.constraint(G, weight=w), True),
    "effective_size": floats(nx.effective_size(G, weight=w), True),
    "articulation": sorted(nx.articulation_points(G)),
    "density": nx.density(G),
    "components": nx.number_connected_components(G),
    "transitivity": nx.transitivity(G),
    "average_clustering": nx.average_clustering(G) if n else 0,
}
if nx.is_connected(G) and G.number_of_edges():
    e = nx.eigenvector_centrality(G, max_iter=100000, tol=1e-14, weight=w)
    top = max(e.values())
    out["eigenvector"] = [e[v] / top for v in range(n)]
if G.number_of_edges():
    groups = {}
    for v, c in enumerate(communities):
        groups.setdefault(c, set()).add(v)
    out["modularity"] = nx.algorithms.community.modularity(G, list(groups.values()), weight=w or "none")
print(json.dumps(out))
)PY";

struct Edge
{
    int a = 0;
    int b = 0;
    double weight = 1;
};

Network networkOf(int n, const QList<Edge>& edges)
{
    QList<NetworkNode> nodes;
    for (int i = 0; i < n; ++i)
        nodes.append({i, QString::number(i), QString(), std::nullopt});
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

/** Several components and isolated people; weights whose inverses are not exact in binary. */
Network patchwork(int n, int m, quint64 seed)
{
    SeededRandom random(seed);
    const QList<double> weights = {1, 2, 3, 5};
    QList<Edge> edges;
    const int connected = n * 3 / 4; // the rest may stay isolated
    for (int i = 0; i < m; ++i) {
        // Three blocks, no ties between them: at least three components.
        const int block = random.bounded(3);
        const int from = connected * block / 3;
        const int size = connected * (block + 1) / 3 - from;
        edges.append({from + random.bounded(size), from + random.bounded(size), random.pick(weights)});
    }
    return networkOf(n, edges);
}

bool near(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-9 * std::max(std::abs(expected), 1e-3);
}

} // namespace

class TestNetworkReference : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void equalsNetworkx_data();
    void equalsNetworkx();

private:
    QJsonObject networkx(const Network& network, const NetworkMetrics& ours, bool weighted);
    QTemporaryDir m_dir;
};

void TestNetworkReference::initTestCase()
{
    QProcess probe;
    probe.start(QString::fromLatin1(kPython), {u"-c"_s, u"import networkx"_s});
    const bool found =
        probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
    if (!found)
        QFAIL("python3-networkx is missing: /usr/bin/python3 cannot import networkx. Install it with "
              "'apt-get install python3-networkx' (packaging/install-deps.sh does).");
}

QJsonObject TestNetworkReference::networkx(const Network& network, const NetworkMetrics& ours, bool weighted)
{
    QByteArray input = QByteArray::number(network.nodeCount()) + '\n';
    for (const PersonMetrics& p : ours.people)
        input += QByteArray::number(p.community) + ' ';
    input += '\n';
    for (const NetworkTie& tie : network.ties())
        input += QByteArray::number(tie.from) + ' ' + QByteArray::number(tie.to) + ' '
                 + QByteArray::number(tie.weight, 'g', 17) + '\n';
    QFile edges(m_dir.filePath(u"edges.txt"_s));
    QFile script(m_dir.filePath(u"metrics.py"_s));
    if (!edges.open(QIODevice::WriteOnly) || edges.write(input) != input.size() || !script.open(QIODevice::WriteOnly)
        || script.write(kScript) < 0)
        qFatal("cannot write the networkx input");
    edges.close();
    script.close();
    QProcess python;
    python.start(QString::fromLatin1(kPython),
                 {script.fileName(), edges.fileName(), weighted ? u"weighted"_s : u"plain"_s});
    if (!python.waitForFinished(120000) || python.exitCode() != 0)
        qWarning("networkx failed: %s", python.readAllStandardError().constData());
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

void TestNetworkReference::equalsNetworkx_data()
{
    QTest::addColumn<Network>("network");
    QTest::addColumn<bool>("weighted");
    QTest::addRow("karate club") << karate() << false;
    QTest::addRow("karate club, weighted") << karate() << true;
    QTest::addRow("two triangles and a bridge")
        << networkOf(6, {{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}, {4, 5}, {5, 3}}) << false;
    QTest::addRow("components and isolates") << patchwork(80, 150, 5) << false;
    QTest::addRow("components and isolates, weighted") << patchwork(80, 150, 5) << true;
    QTest::addRow("sparse, weighted") << patchwork(150, 170, 8) << true;
    QTest::addRow("dense, weighted") << patchwork(60, 600, 13) << true;
}

void TestNetworkReference::equalsNetworkx()
{
    QFETCH(Network, network);
    QFETCH(bool, weighted);
    NetworkAnalysisOptions options;
    options.weighted = weighted;
    auto ours = NetworkAnalysis::analyse(network, options);
    QVERIFY2(ours, qPrintable(ours.errorString()));
    const QJsonObject theirs = networkx(network, *ours, weighted);
    QVERIFY2(!theirs.isEmpty(), "networkx printed nothing");

    using Field = double PersonMetrics::*;
    const QList<std::pair<QString, Field>> fields = {
        {u"strength"_s, &PersonMetrics::strength},
        {u"betweenness"_s, &PersonMetrics::betweenness},
        {u"betweenness_normalized"_s, &PersonMetrics::betweennessNormalized},
        {u"closeness"_s, &PersonMetrics::closeness},
        {u"harmonic"_s, &PersonMetrics::harmonic},
        {u"clustering"_s, &PersonMetrics::clustering}};
    const QJsonArray articulation = theirs.value(u"articulation"_s).toArray();
    int compared = 0;
    for (int v = 0; v < network.nodeCount(); ++v) {
        const PersonMetrics& p = ours->people.at(v);
        for (const auto& [key, field] : fields) {
            const double expected = theirs.value(key).toArray().at(v).toDouble();
            QVERIFY2(near(p.*field, expected),
                     qPrintable(u"%1 of %2: ours %3, networkx %4"_s.arg(key)
                                    .arg(v)
                                    .arg(p.*field, 0, 'g', 17)
                                    .arg(expected, 0, 'g', 17)));
            ++compared;
        }
        QCOMPARE(p.degree, theirs.value(u"degree"_s).toArray().at(v).toInt());
        QCOMPARE(p.coreness, theirs.value(u"coreness"_s).toArray().at(v).toInt());
        QCOMPARE(p.articulation, articulation.contains(v));
        for (const auto& [key, value] :
             {std::pair{u"constraint"_s, p.constraint}, {u"effective_size"_s, p.effectiveSize}}) {
            const QJsonValue expected = theirs.value(key).toArray().at(v);
            QCOMPARE(value.has_value(), !expected.isNull());
            if (value)
                QVERIFY2(near(*value, expected.toDouble()),
                         qPrintable(u"%1 of %2: ours %3, networkx %4"_s.arg(key)
                                        .arg(v)
                                        .arg(*value, 0, 'g', 17)
                                        .arg(expected.toDouble(), 0, 'g', 17)));
        }
        if (theirs.contains(u"eigenvector"_s)) {
            const double expected = theirs.value(u"eigenvector"_s).toArray().at(v).toDouble();
            QVERIFY2(near(p.eigenvector, expected),
                     qPrintable(u"eigenvector of %1: ours %2, networkx %3"_s.arg(v)
                                    .arg(p.eigenvector, 0, 'g', 17)
                                    .arg(expected, 0, 'g', 17)));
        }
    }
    QVERIFY(compared > 0);
    const GraphMetrics& g = ours->graph;
    QVERIFY(near(g.density, theirs.value(u"density"_s).toDouble()));
    QCOMPARE(g.components, theirs.value(u"components"_s).toInt());
    QVERIFY(near(g.transitivity, theirs.value(u"transitivity"_s).toDouble()));
    QVERIFY(near(g.averageClustering, theirs.value(u"average_clustering"_s).toDouble()));
    if (theirs.contains(u"modularity"_s)) {
        QVERIFY2(near(*g.modularity, theirs.value(u"modularity"_s).toDouble()),
                 qPrintable(u"modularity: ours %1, networkx %2"_s.arg(*g.modularity, 0, 'g', 17)
                                .arg(theirs.value(u"modularity"_s).toDouble(), 0, 'g', 17)));
    }
}

QTEST_GUILESS_MAIN(TestNetworkReference)
#include "TestNetworkReference.moc"
