// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkLayout.h"

#include "network/IgraphGraph.h"
#include "network/IgraphMatrix.h"
#include "network/IgraphVector.h"
#include "network/Network.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace steward {

namespace {

constexpr int kSteps = 10;

QString canceledMessage()
{
    return QCoreApplication::translate("NetworkLayout", "The layout was canceled.");
}

Result<std::unique_ptr<IgraphGraph>> buildGraph(const Network& network)
{
    std::vector<igraph_integer_t> ends;
    ends.reserve(size_t(network.ties().size()) * 2);
    for (const NetworkTie& tie : network.ties()) {
        ends.push_back(tie.from);
        ends.push_back(tie.to);
    }
    return IgraphGraph::undirected(network.nodeCount(), ends);
}

// igraph's layouts start from this when use_seed is set: pinned people where they were, the rest
// spread uniformly over a square the size Fruchterman-Reingold itself starts from (sqrt(n)).
void seedPositions(IgraphMatrix& matrix, const Network& network, const QHash<qint64, NodePosition>& pinned)
{
    const qsizetype n = network.nodeCount();
    igraph_matrix_resize(matrix.get(), n, 2);
    const double side = std::sqrt(double(std::max<qsizetype>(n, 1)));
    for (qsizetype i = 0; i < n; ++i) {
        const auto found = pinned.constFind(network.nodes().at(i).personId);
        const bool keep = found != pinned.constEnd() && found->pinned;
        MATRIX(*matrix.get(), i, 0) = keep ? found->x : (RNG_UNIF01() - 0.5) * side;
        MATRIX(*matrix.get(), i, 1) = keep ? found->y : (RNG_UNIF01() - 0.5) * side;
    }
}

// Fruchterman-Reingold bounds: a pinned person's box is their own point, everyone else is free.
struct PinBounds
{
    IgraphVector minX, maxX, minY, maxY;
    bool any = false;
};

PinBounds pinBounds(const Network& network, const QHash<qint64, NodePosition>& previous)
{
    const qsizetype n = network.nodeCount();
    PinBounds b{IgraphVector(n), IgraphVector(n), IgraphVector(n), IgraphVector(n)};
    for (qsizetype i = 0; i < n; ++i) {
        const auto found = previous.constFind(network.nodes().at(i).personId);
        const bool pinned = found != previous.constEnd() && found->pinned;
        b.any = b.any || pinned;
        b.minX[i] = pinned ? found->x : -IGRAPH_INFINITY;
        b.maxX[i] = pinned ? found->x : IGRAPH_INFINITY;
        b.minY[i] = pinned ? found->y : -IGRAPH_INFINITY;
        b.maxY[i] = pinned ? found->y : IGRAPH_INFINITY;
    }
    return b;
}

// Weights relative to the mean tie and clamped: attraction grows with weight, so a community whose
// ties all sum many interactions would otherwise collapse into a dot, and one very heavy pair would
// pull two people on top of each other.
IgraphVector tieWeights(const Network& network)
{
    IgraphVector weights(network.ties().size());
    double sum = 0;
    for (const NetworkTie& tie : network.ties())
        sum += tie.weight;
    const double mean = network.ties().isEmpty() ? 1 : sum / double(network.ties().size());
    for (qsizetype i = 0; i < network.ties().size(); ++i)
        weights[i] = std::clamp(network.ties().at(i).weight / mean, 0.25, 4.0);
    return weights;
}

// Runs the iterations in kSteps calls, each continuing from the last with a cooling temperature,
// so progress can be shown and Cancel heard between them.
Status fruchtermanReingold(const IgraphGraph& graph,
                           IgraphMatrix& matrix,
                           const Network& network,
                           const NetworkLayoutOptions& options,
                           const QHash<qint64, NodePosition>& previous,
                           Progress& progress)
{
    PinBounds bounds = pinBounds(network, previous);
    const IgraphVector weights = tieWeights(network);
    const double startTemp = std::sqrt(double(std::max<qsizetype>(network.nodeCount(), 1))) / 10.0;
    // Large networks get fewer iterations (at least 150): each costs O(n) with the grid, and the
    // picture settles early there; 2,000 people stay well under the 3 s a fresh layout may take.
    const qsizetype n = std::max<qsizetype>(network.nodeCount(), 1);
    const int iterations = n <= 500 ? options.iterations : std::max<int>(150, int(options.iterations * 500 / n));
    const int perStep = std::max(1, iterations / kSteps);
    for (int step = 0; step < kSteps; ++step) {
        if (progress.isCanceled())
            return Status::failure(canceledMessage());
        progress.report(step, kSteps, QCoreApplication::translate("NetworkLayout", "Laying out the network"));
        const double temp = startTemp * double(kSteps - step) / kSteps;
        const bool b = bounds.any;
        if (Status s = IgraphGraph::check(igraph_layout_fruchterman_reingold(graph.get(),
                                                                             matrix.get(),
                                                                             true,
                                                                             perStep,
                                                                             temp,
                                                                             IGRAPH_LAYOUT_AUTOGRID,
                                                                             weights.get(),
                                                                             b ? bounds.minX.get() : nullptr,
                                                                             b ? bounds.maxX.get() : nullptr,
                                                                             b ? bounds.minY.get() : nullptr,
                                                                             b ? bounds.maxY.get() : nullptr),
                                          "the Fruchterman-Reingold layout");
            !s)
            return s;
    }
    progress.report(kSteps, kSteps, QCoreApplication::translate("NetworkLayout", "Laying out the network"));
    return {};
}

// DrL has no pins: it runs free from the seeded start and pinned people are put back afterwards.
Status drl(const IgraphGraph& graph, IgraphMatrix& matrix, const Network& network, Progress& progress)
{
    progress.report(0, 1, QCoreApplication::translate("NetworkLayout", "Laying out the network"));
    igraph_layout_drl_options_t drlOptions;
    if (Status s = IgraphGraph::check(igraph_layout_drl_options_init(&drlOptions, IGRAPH_LAYOUT_DRL_DEFAULT),
                                      "the DrL options");
        !s)
        return s;
    const IgraphVector weights = tieWeights(network);
    if (Status s = IgraphGraph::check(igraph_layout_drl(graph.get(), matrix.get(), true, &drlOptions, weights.get()),
                                      "the DrL layout");
        !s)
        return s;
    if (progress.isCanceled())
        return Status::failure(canceledMessage());
    progress.report(1, 1, QCoreApplication::translate("NetworkLayout", "Laying out the network"));
    return {};
}

LayoutPositions collect(const IgraphMatrix& matrix,
                        const Network& network,
                        const QHash<qint64, NodePosition>& previous,
                        const QString& algorithm,
                        quint64 seed)
{
    LayoutPositions layout{algorithm, seed, {}};
    layout.positions.reserve(network.nodeCount());
    for (qsizetype i = 0; i < network.nodeCount(); ++i) {
        const qint64 id = network.nodes().at(i).personId;
        const auto found = previous.constFind(id);
        if (found != previous.constEnd() && found->pinned)
            layout.positions.append(*found);
        else
            layout.positions.append({id, matrix.at(i, 0), matrix.at(i, 1), false});
    }
    return layout;
}

} // namespace

Result<LayoutPositions> NetworkLayout::compute(const Network& network,
                                               const NetworkLayoutOptions& options,
                                               const LayoutPositions& previous,
                                               Progress& progress)
{
    using R = Result<LayoutPositions>;
    auto graph = buildGraph(network);
    if (!graph)
        return R::failure(graph.errorString());
    IgraphMatrix matrix;
    if (!matrix.isValid())
        return R::failure(QCoreApplication::translate("NetworkLayout", "Not enough memory for the layout."));
    IgraphGraph::seedRandom(options.seed);
    const QHash<qint64, NodePosition> before = previous.byPerson();
    seedPositions(matrix, network, before);
    const bool large = network.nodeCount() > options.largeGraphNodes;
    Status done = large ? drl(**graph, matrix, network, progress)
                        : fruchtermanReingold(**graph, matrix, network, options, before, progress);
    if (!done)
        return R::failure(done.errorString());
    return collect(
        matrix, network, before, large ? QStringLiteral("drl") : QStringLiteral("fruchterman-reingold"), options.seed);
}

} // namespace steward
