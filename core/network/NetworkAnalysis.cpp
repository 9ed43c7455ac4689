// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkAnalysis.h"

#include "network/EffectiveSize.h"
#include "network/IgraphGraph.h"
#include "network/IgraphIntVector.h"
#include "network/IgraphVector.h"
#include "network/Network.h"
#include "network/PathMetrics.h"
#include "network/WorkerProcesses.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace steward {

namespace {

// ARPACK leaves round-off of the order of 1e-17 on people outside the leading component; shown as 0.
constexpr double kEigenvectorFloor = 1e-12;

Status outOfMemory()
{
    return Status::failure(QCoreApplication::translate("NetworkAnalysis", "Not enough memory for the analysis."));
}

/** The network in igraph's form, with its tie weights and their inverses as distances. */
struct PreparedGraph
{
    std::unique_ptr<IgraphGraph> graph;
    IgraphVector weights;
    IgraphVector distances;
    bool weighted = false;

    /** Weights where the options ask for them; null (every tie counts 1) otherwise. */
    const igraph_vector_t* weightsIfWeighted() const { return weighted ? weights.get() : nullptr; }
    const IgraphVector* distancesIfWeighted() const { return weighted ? &distances : nullptr; }
};

Result<PreparedGraph> prepare(const Network& network, bool weighted)
{
    using R = Result<PreparedGraph>;
    std::vector<igraph_integer_t> ends;
    std::vector<double> weights;
    std::vector<double> distances;
    ends.reserve(size_t(2 * network.ties().size()));
    weights.reserve(size_t(network.ties().size()));
    distances.reserve(size_t(network.ties().size()));
    for (const NetworkTie& tie : network.ties()) {
        ends.push_back(tie.from);
        ends.push_back(tie.to);
        weights.push_back(tie.weight);
        // Strong ties are short: weighted paths run along frequent interaction (networkx/igraph convention).
        distances.push_back(1.0 / tie.weight);
    }
    auto graph = IgraphGraph::undirected(network.nodeCount(), ends);
    if (!graph)
        return R::failure(graph.errorString());
    PreparedGraph prepared{std::move(*graph), IgraphVector(weights), IgraphVector(distances), weighted};
    if (!prepared.weights.isValid() || !prepared.distances.isValid())
        return R::failure(outOfMemory().errorString());
    return prepared;
}

/** Degree (distinct people), in/out degree (distinct people addressed / addressing) and strength (summed weight). */
Status degrees(const PreparedGraph& prepared, const Network& network, QList<PersonMetrics>& people)
{
    IgraphIntVector degree;
    IgraphVector strength;
    if (!degree.isValid() || !strength.isValid())
        return outOfMemory();
    const igraph_t* g = prepared.graph->get();
    if (Status s =
            IgraphGraph::check(igraph_degree(g, degree.get(), igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS), "degree");
        !s)
        return s;
    // Strength is weighted by definition, with or without --weighted.
    if (Status s = IgraphGraph::check(
            igraph_strength(g, strength.get(), igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, prepared.weights.get()),
            "strength");
        !s)
        return s;
    for (qsizetype v = 0; v < people.size(); ++v) {
        people[v].degree = int(degree.at(v));
        people[v].strength = strength.at(v);
    }
    // Arcs are one per ordered pair already: counting them is the directed degree.
    for (const NetworkTie& arc : network.arcs()) {
        ++people[arc.from].outDegree;
        ++people[arc.to].inDegree;
    }
    return {};
}

/** Local clustering, k-core number, articulation points. */
Status cohesion(const PreparedGraph& prepared, QList<PersonMetrics>& people)
{
    const igraph_t* g = prepared.graph->get();
    IgraphVector clustering;
    IgraphIntVector coreness;
    IgraphIntVector articulation;
    if (!clustering.isValid() || !coreness.isValid() || !articulation.isValid())
        return outOfMemory();
    // Watts-Strogatz, unweighted even with --weighted; ZERO: people with degree < 2 get 0 (networkx's choice).
    if (Status s = IgraphGraph::check(
            igraph_transitivity_local_undirected(g, clustering.get(), igraph_vss_all(), IGRAPH_TRANSITIVITY_ZERO),
            "local clustering");
        !s)
        return s;
    if (Status s = IgraphGraph::check(igraph_coreness(g, coreness.get(), IGRAPH_ALL), "coreness"); !s)
        return s;
    if (Status s = IgraphGraph::check(igraph_articulation_points(g, articulation.get()), "articulation points"); !s)
        return s;
    for (qsizetype v = 0; v < people.size(); ++v) {
        people[v].clustering = clustering.at(v);
        people[v].coreness = int(coreness.at(v));
    }
    for (qsizetype i = 0; i < articulation.size(); ++i)
        people[articulation.at(i)].articulation = true;
    return {};
}

/** Eigenvector centrality, Burt's constraint and effective size. */
Status brokerage(const PreparedGraph& prepared, const Network& network, QList<PersonMetrics>& people)
{
    const igraph_t* g = prepared.graph->get();
    IgraphVector eigenvector;
    IgraphVector constraint;
    IgraphVector triangles;
    if (!eigenvector.isValid() || !constraint.isValid() || !triangles.isValid())
        return outOfMemory();
    igraph_real_t eigenvalue = 0;
    // Scaled so that the most central person has 1 (igraph's scale=true; networkx uses unit length instead).
    if (Status s = IgraphGraph::check(
            igraph_eigenvector_centrality(
                g, eigenvector.get(), &eigenvalue, false, true, prepared.weightsIfWeighted(), nullptr),
            "eigenvector centrality");
        !s)
        return s;
    if (Status s = IgraphGraph::check(
            igraph_constraint(g, constraint.get(), igraph_vss_all(), prepared.weightsIfWeighted()), "constraint");
        !s)
        return s;
    if (Status s = IgraphGraph::check(igraph_adjacent_triangles(g, triangles.get(), igraph_vss_all()), "triangles"); !s)
        return s;
    const auto effective = effectiveSizes(network, prepared.weighted, triangles.toStd());
    for (qsizetype v = 0; v < people.size(); ++v) {
        const double e = eigenvector.at(v);
        people[v].eigenvector = std::abs(e) < kEigenvectorFloor ? 0.0 : e;
        // igraph answers NaN for people without ties, for whom Burt's measures are undefined.
        if (std::isfinite(constraint.at(v)))
            people[v].constraint = constraint.at(v);
        people[v].effectiveSize = effective[size_t(v)];
    }
    return {};
}

/** Louvain communities (seeded), numbered in the order of their first member, and their modularity. */
Status communities(const PreparedGraph& prepared, quint64 seed, QList<PersonMetrics>& people, GraphMetrics& graph)
{
    const igraph_t* g = prepared.graph->get();
    IgraphIntVector membership;
    if (!membership.isValid())
        return outOfMemory();
    // Louvain visits people in a random order: igraph's generator is seeded so the partition repeats.
    IgraphGraph::seedRandom(seed);
    if (Status s = IgraphGraph::check(
            igraph_community_multilevel(g, prepared.weightsIfWeighted(), 1.0, membership.get(), nullptr, nullptr),
            "communities");
        !s)
        return s;
    QHash<igraph_integer_t, int> renumbered;
    for (qsizetype v = 0; v < people.size(); ++v) {
        const igraph_integer_t label = membership.at(v);
        const auto it = renumbered.constFind(label);
        people[v].community = it != renumbered.constEnd() ? *it : int(renumbered.size());
        if (it == renumbered.constEnd())
            renumbered.insert(label, people[v].community);
    }
    graph.communities = int(renumbered.size());
    igraph_real_t modularity = 0;
    if (Status s = IgraphGraph::check(
            igraph_modularity(g, membership.get(), prepared.weightsIfWeighted(), 1.0, false, &modularity),
            "modularity");
        !s)
        return s;
    // Without ties modularity divides by zero: igraph says NaN, networkx raises; we say "undefined".
    if (std::isfinite(modularity))
        graph.modularity = modularity;
    return {};
}

/** Density, components, transitivity, average clustering, isolates. */
Status wholeNetwork(const PreparedGraph& prepared, const QList<PersonMetrics>& people, GraphMetrics& graph)
{
    const igraph_t* g = prepared.graph->get();
    graph.nodes = int(prepared.graph->vertexCount());
    graph.edges = int(prepared.graph->edgeCount());
    // networkx: 2m / (n(n-1)), and 0 for fewer than 2 people (igraph says NaN there).
    graph.density = graph.nodes < 2 ? 0.0 : 2.0 * graph.edges / (double(graph.nodes) * double(graph.nodes - 1));
    IgraphIntVector sizes;
    igraph_integer_t components = 0;
    if (!sizes.isValid())
        return outOfMemory();
    if (Status s = IgraphGraph::check(igraph_connected_components(g, nullptr, sizes.get(), &components, IGRAPH_WEAK),
                                      "components");
        !s)
        return s;
    // Every isolated person is a component of their own, as in networkx.
    graph.components = int(components);
    igraph_integer_t largest = 0;
    for (qsizetype i = 0; i < sizes.size(); ++i)
        largest = std::max(largest, sizes.at(i));
    graph.largestComponentShare = graph.nodes > 0 ? double(largest) / graph.nodes : 0.0;
    igraph_real_t transitivity = 0;
    igraph_real_t average = 0;
    // Transitivity = 3 x triangles / connected triples; ZERO: 0 when there are no triples (networkx).
    if (Status s = IgraphGraph::check(igraph_transitivity_undirected(g, &transitivity, IGRAPH_TRANSITIVITY_ZERO),
                                      "transitivity");
        !s)
        return s;
    // The mean of local clustering over everyone, degree < 2 counting 0 (networkx's average_clustering).
    if (Status s = IgraphGraph::check(igraph_transitivity_avglocal_undirected(g, &average, IGRAPH_TRANSITIVITY_ZERO),
                                      "average clustering");
        !s)
        return s;
    graph.transitivity = std::isfinite(transitivity) ? transitivity : 0.0;
    graph.averageClustering = std::isfinite(average) ? average : 0.0;
    graph.isolates =
        int(std::count_if(people.cbegin(), people.cend(), [](const PersonMetrics& p) { return p.degree == 0; }));
    return {};
}

/** Cross-team share and Krackhardt's E-I index, over ties whose two people both have a team. */
void crossTeam(const Network& network, GraphMetrics& graph)
{
    qint64 external = 0;
    qint64 internal = 0;
    for (const NetworkTie& tie : network.ties()) {
        const QString a = network.nodes().at(tie.from).team.trimmed();
        const QString b = network.nodes().at(tie.to).team.trimmed();
        if (a.isEmpty() || b.isEmpty())
            continue;
        (a.compare(b, Qt::CaseInsensitive) == 0 ? internal : external) += 1;
    }
    if (external + internal == 0)
        return;
    graph.crossTeamShare = double(external) / double(external + internal);
    graph.eiIndex = double(external - internal) / double(external + internal);
}

} // namespace

Result<NetworkMetrics>
NetworkAnalysis::analyse(const Network& network, const NetworkAnalysisOptions& options, Progress& progress)
{
    using R = Result<NetworkMetrics>;
    NetworkMetrics metrics;
    metrics.graph.weighted = options.weighted;
    metrics.people.reserve(network.nodeCount());
    for (const NetworkNode& node : network.nodes()) {
        PersonMetrics person;
        person.personId = node.personId;
        person.name = node.name;
        person.team = node.team;
        metrics.people.append(person);
    }
    progress.report(0, 0, QCoreApplication::translate("NetworkAnalysis", "Building the graph"));
    auto prepared = prepare(network, options.weighted);
    if (!prepared)
        return R::failure(prepared.errorString());
    if (Status s = degrees(*prepared, network, metrics.people); !s)
        return R::failure(s.errorString());
    if (Status s = wholeNetwork(*prepared, metrics.people, metrics.graph); !s)
        return R::failure(s.errorString());
    crossTeam(network, metrics.graph);
    if (network.nodeCount() == 0)
        return metrics;

    const int workers = options.workers > 0 ? options.workers : WorkerProcesses::defaultWorkers();
    auto paths = PathMetrics::compute(
        *prepared->graph, prepared->distancesIfWeighted(), options.pathSamples, options.seed, workers, progress);
    if (!paths)
        return R::failure(paths.errorString());
    const qsizetype n = network.nodeCount();
    // Undirected betweenness counts each unordered pair once; normalised over the (n-1)(n-2)/2 pairs
    // that exclude the person (networkx's normalized=True for undirected graphs; 0 below 3 people).
    const double pairs = n > 2 ? double(n - 1) * double(n - 2) / 2 : 0.0;
    for (qsizetype v = 0; v < n; ++v) {
        PersonMetrics& person = metrics.people[v];
        person.betweenness = paths->betweenness[size_t(v)];
        person.betweennessNormalized = pairs > 0 ? person.betweenness / pairs : 0.0;
        person.closeness = paths->closeness[size_t(v)];
        person.harmonic = paths->harmonic[size_t(v)];
    }
    metrics.graph.sampling = paths->sampling;
    if (progress.isCanceled())
        return R::failure(QCoreApplication::translate("NetworkAnalysis", "The analysis was cancelled."));

    progress.report(0, 0, QCoreApplication::translate("NetworkAnalysis", "Clustering and brokerage"));
    if (Status s = cohesion(*prepared, metrics.people); !s)
        return R::failure(s.errorString());
    if (Status s = brokerage(*prepared, network, metrics.people); !s)
        return R::failure(s.errorString());
    progress.report(0, 0, QCoreApplication::translate("NetworkAnalysis", "Communities"));
    if (Status s = communities(*prepared, options.seed, metrics.people, metrics.graph); !s)
        return R::failure(s.errorString());
    return metrics;
}

QString NetworkAnalysis::definitions()
{
    return QCoreApplication::translate(
        "NetworkAnalysis",
        "Definitions (networkx's and igraph's, equal to 1e-9):\n"
        "  ties: one undirected tie per pair of people who interacted; its weight is the sum of the\n"
        "    interactions' weights in both directions; interactions with oneself are dropped.\n"
        "  degree: people tied to; in_degree / out_degree: people who addressed them / whom they addressed.\n"
        "  strength: the sum of their ties' weights (weighted with or without --weighted).\n"
        "  betweenness: shortest paths through the person, each unordered pair of others counted once\n"
        "    (Brandes); betweenness_normalized = betweenness / ((n-1)(n-2)/2), 0 below 3 people.\n"
        "  closeness: over the r people they can reach, (r / sum of distances) x (r / (n-1)) - networkx's\n"
        "    wf_improved, so people in small components score low; 0 when no one is reachable.\n"
        "  harmonic: the sum of 1/distance to everyone else (unreachable people add 0), not normalised.\n"
        "  clustering: Watts-Strogatz local clustering, 0 for degree < 2; never weighted.\n"
        "  coreness: the k-core number. articulation: removing the person splits their component.\n"
        "  eigenvector: the leading eigenvector scaled so the highest is 1 (igraph); below 1e-12 shown as 0.\n"
        "  constraint, effective_size: Burt's, as networkx computes them; null for people without ties.\n"
        "  community: Louvain (igraph multilevel, resolution 1, seeded by --seed), numbered by first member;\n"
        "    modularity is that partition's (null without ties).\n"
        "  --weighted: betweenness, closeness and harmonic use distance = 1/weight (strong ties are short);\n"
        "    eigenvector, constraint, effective_size and communities use the weight itself. Equally short\n"
        "    paths are ties within igraph's relative 1e-10 (exactly equal in exact arithmetic).\n"
        "  graph: density = 2m / (n(n-1)); components count isolated people; transitivity = 3 x triangles /\n"
        "    connected triples (0 without triples); average_clustering = mean clustering over everyone;\n"
        "    cross_team_share and ei_index = (external - internal) / all, over ties between two people\n"
        "    who both have a team.\n"
        "  --betweenness-samples K: betweenness from K sampled source people x n/K with its standard\n"
        "    error (betweenness_error, normalised scale); closeness and harmonic are then estimated from\n"
        "    the same sources within each component.");
}

} // namespace steward
