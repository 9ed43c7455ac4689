// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathMetrics.h"

#include "common/SeededRandom.h"
#include "network/IgraphGraph.h"
#include "network/IgraphIntVector.h"
#include "network/IgraphMatrix.h"
#include "network/IgraphVector.h"
#include "network/WorkerProcesses.h"

#include <QCoreApplication>

#include <cmath>
#include <numeric>

namespace steward {

namespace {

// Enough jobs for both cores to stay busy to the end and for progress to move; few enough that the
// per-job results (n numbers each) stay small.
constexpr qsizetype kBetweennessJobs = 32;
constexpr qsizetype kVertexJobs = 16;
constexpr qsizetype kSampleBatches = 16;
constexpr qsizetype kSourcesPerDistanceJob = 64;

Status outOfMemory()
{
    return Status::failure(QCoreApplication::translate("PathMetrics", "Not enough memory for the path metrics."));
}

QString stage()
{
    return QCoreApplication::translate("PathMetrics", "Shortest paths");
}

/** The dependencies of every person on the paths from `sources` (igraph halves them: each pair once). */
WorkerJob betweennessJob(const IgraphGraph& graph, const IgraphVector* distances, std::vector<igraph_integer_t> sources)
{
    const qsizetype n = graph.vertexCount();
    return {n, [&graph, distances, sources = std::move(sources), n](double* out) -> Status {
                IgraphVector result;
                IgraphIntVector ids(sources);
                if (!result.isValid() || !ids.isValid())
                    return outOfMemory();
                const igraph_error_t code = igraph_betweenness_subset(graph.get(),
                                                                      result.get(),
                                                                      igraph_vss_all(),
                                                                      false,
                                                                      igraph_vss_vector(ids.get()),
                                                                      igraph_vss_all(),
                                                                      distances ? distances->get() : nullptr);
                if (Status s = IgraphGraph::check(code, "betweenness"); !s)
                    return s;
                std::copy_n(result.get()->stor_begin, n, out);
                return {};
            }};
}

/** igraph's closeness (inverse mean distance to the reachable) and reachable count for people [from, to). */
WorkerJob closenessJob(const IgraphGraph& graph, const IgraphVector* distances, qsizetype from, qsizetype to)
{
    const qsizetype count = to - from;
    return {2 * count, [&graph, distances, from, to, count](double* out) -> Status {
                IgraphVector result;
                IgraphIntVector reachable;
                if (!result.isValid() || !reachable.isValid())
                    return outOfMemory();
                const igraph_error_t code = igraph_closeness(graph.get(),
                                                             result.get(),
                                                             reachable.get(),
                                                             nullptr,
                                                             igraph_vss_range(from, to),
                                                             IGRAPH_ALL,
                                                             distances ? distances->get() : nullptr,
                                                             true);
                if (Status s = IgraphGraph::check(code, "closeness"); !s)
                    return s;
                for (qsizetype i = 0; i < count; ++i) {
                    out[i] = result.at(i);
                    out[count + i] = double(reachable.at(i));
                }
                return {};
            }};
}

WorkerJob harmonicJob(const IgraphGraph& graph, const IgraphVector* distances, qsizetype from, qsizetype to)
{
    const qsizetype count = to - from;
    return {count, [&graph, distances, from, to, count](double* out) -> Status {
                IgraphVector result;
                if (!result.isValid())
                    return outOfMemory();
                const igraph_error_t code = igraph_harmonic_centrality(graph.get(),
                                                                       result.get(),
                                                                       igraph_vss_range(from, to),
                                                                       IGRAPH_ALL,
                                                                       distances ? distances->get() : nullptr,
                                                                       false);
                if (Status s = IgraphGraph::check(code, "harmonic centrality"); !s)
                    return s;
                std::copy_n(result.get()->stor_begin, count, out);
                return {};
            }};
}

/**
 * Distances from a group of sampled sources to everyone, folded per person into three sums: of
 * distances, of reachable sources (other than the person) and of 1/distance.
 */
WorkerJob
distanceSumsJob(const IgraphGraph& graph, const IgraphVector* distances, std::vector<igraph_integer_t> sources)
{
    const qsizetype n = graph.vertexCount();
    return {3 * n, [&graph, distances, sources = std::move(sources), n](double* out) -> Status {
                IgraphMatrix matrix;
                IgraphIntVector ids(sources);
                if (!matrix.isValid() || !ids.isValid())
                    return outOfMemory();
                const igraph_error_t code =
                    distances
                        ? igraph_distances_dijkstra(graph.get(),
                                                    matrix.get(),
                                                    igraph_vss_vector(ids.get()),
                                                    igraph_vss_all(),
                                                    distances->get(),
                                                    IGRAPH_ALL)
                        : igraph_distances(
                            graph.get(), matrix.get(), igraph_vss_vector(ids.get()), igraph_vss_all(), IGRAPH_ALL);
                if (Status s = IgraphGraph::check(code, "distances"); !s)
                    return s;
                std::fill_n(out, 3 * n, 0.0);
                for (qsizetype v = 0; v < n; ++v) {
                    for (size_t row = 0; row < sources.size(); ++row) {
                        const double d = matrix.at(qsizetype(row), v);
                        if (sources[row] == v || !std::isfinite(d))
                            continue;
                        out[v] += d;
                        out[n + v] += 1;
                        out[2 * n + v] += 1 / d;
                    }
                }
                return {};
            }};
}

/** Every source once, dealt round-robin into `groups` groups so that each holds a similar mix of people. */
std::vector<std::vector<igraph_integer_t>> dealt(const std::vector<igraph_integer_t>& sources, qsizetype groups)
{
    std::vector<std::vector<igraph_integer_t>> result(size_t(std::max<qsizetype>(groups, 1)));
    for (size_t i = 0; i < sources.size(); ++i)
        result[i % result.size()].push_back(sources[i]);
    return result;
}

/** networkx's closeness from igraph's: igraph gives r / sum(d) over the r reachable; networkx scales by r/(n-1). */
double wfImproved(double igraphCloseness, double reachable, qsizetype n)
{
    if (reachable <= 0 || n < 2 || !std::isfinite(igraphCloseness))
        return 0;
    return igraphCloseness * reachable / double(n - 1);
}

Result<PathMetricsResult>
exactPaths(const IgraphGraph& graph, const IgraphVector* distances, int workers, Progress& progress)
{
    using R = Result<PathMetricsResult>;
    const qsizetype n = graph.vertexCount();
    std::vector<igraph_integer_t> everyone(static_cast<size_t>(n));
    std::iota(everyone.begin(), everyone.end(), igraph_integer_t(0));
    const auto groups = dealt(everyone, std::min(n, kBetweennessJobs));
    std::vector<WorkerJob> jobs;
    for (const auto& group : groups)
        jobs.push_back(betweennessJob(graph, distances, group));
    const qsizetype chunks = std::min(n, kVertexJobs);
    std::vector<std::pair<qsizetype, qsizetype>> ranges;
    for (qsizetype c = 0; c < chunks; ++c)
        ranges.emplace_back(n * c / chunks, n * (c + 1) / chunks);
    for (const auto& [from, to] : ranges)
        jobs.push_back(closenessJob(graph, distances, from, to));
    for (const auto& [from, to] : ranges)
        jobs.push_back(harmonicJob(graph, distances, from, to));

    auto run = WorkerProcesses::run(jobs, workers, progress, stage());
    if (!run)
        return R::failure(run.errorString());
    PathMetricsResult result;
    result.processes = run->processes;
    result.betweenness.assign(size_t(n), 0.0);
    for (size_t g = 0; g < groups.size(); ++g) {
        for (qsizetype v = 0; v < n; ++v)
            result.betweenness[size_t(v)] += run->results[g][size_t(v)];
    }
    for (size_t c = 0; c < ranges.size(); ++c) {
        const auto& closeness = run->results[groups.size() + c];
        const auto& harmonic = run->results[groups.size() + ranges.size() + c];
        const qsizetype count = ranges[c].second - ranges[c].first;
        for (qsizetype i = 0; i < count; ++i) {
            result.closeness.push_back(wfImproved(closeness[size_t(i)], closeness[size_t(count + i)], n));
            result.harmonic.push_back(harmonic[size_t(i)]);
        }
    }
    return result;
}

} // namespace

namespace {

/** K different people drawn uniformly with the seed (a partial Fisher-Yates shuffle). */
std::vector<igraph_integer_t> sampledSources(qsizetype n, int samples, quint64 seed)
{
    std::vector<igraph_integer_t> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), igraph_integer_t(0));
    SeededRandom random(seed);
    for (qsizetype i = 0; i < samples; ++i)
        std::swap(order[size_t(i)], order[size_t(i + random.bounded(int(n - i)))]);
    order.resize(size_t(samples));
    return order;
}

/**
 * One standard error of the normalised betweenness estimate, the largest over all people, from the
 * spread of the batches' own estimates (results[i] belongs to batches[i]).
 */
double batchStandardError(const std::vector<std::vector<double>>& batchResults,
                          const std::vector<std::vector<igraph_integer_t>>& batches,
                          qsizetype n)
{
    const size_t b = batches.size();
    if (b < 2 || n < 3)
        return 0;
    double largest = 0;
    std::vector<double> estimates(b);
    for (qsizetype v = 0; v < n; ++v) {
        double mean = 0;
        for (size_t i = 0; i < b; ++i) {
            estimates[i] = double(n) / double(batches[i].size()) * batchResults[i][size_t(v)];
            mean += estimates[i] / double(b);
        }
        double squares = 0;
        for (double e : estimates)
            squares += (e - mean) * (e - mean);
        largest = std::max(largest, std::sqrt(squares / double(b * (b - 1))));
    }
    return largest / (double(n - 1) * double(n - 2) / 2);
}

/** Closeness and harmonic centrality computed exactly for a few people (whose components had no sample). */
Status exactFor(const IgraphGraph& graph,
                const IgraphVector* distances,
                const std::vector<igraph_integer_t>& people,
                PathMetricsResult& result)
{
    if (people.empty())
        return {};
    IgraphIntVector ids(people);
    IgraphVector closeness;
    IgraphIntVector reachable;
    IgraphVector harmonic;
    if (!ids.isValid() || !closeness.isValid() || !reachable.isValid() || !harmonic.isValid())
        return outOfMemory();
    const igraph_vector_t* weights = distances ? distances->get() : nullptr;
    if (Status s = IgraphGraph::check(igraph_closeness(graph.get(),
                                                       closeness.get(),
                                                       reachable.get(),
                                                       nullptr,
                                                       igraph_vss_vector(ids.get()),
                                                       IGRAPH_ALL,
                                                       weights,
                                                       true),
                                      "closeness");
        !s)
        return s;
    if (Status s = IgraphGraph::check(
            igraph_harmonic_centrality(
                graph.get(), harmonic.get(), igraph_vss_vector(ids.get()), IGRAPH_ALL, weights, false),
            "harmonic centrality");
        !s)
        return s;
    for (size_t i = 0; i < people.size(); ++i) {
        const auto v = size_t(people[i]);
        result.closeness[v] =
            wfImproved(closeness.at(qsizetype(i)), double(reachable.at(qsizetype(i))), graph.vertexCount());
        result.harmonic[v] = harmonic.at(qsizetype(i));
    }
    return {};
}

/** Closeness and harmonic centrality from the sums of distances to the sampled sources (see the header). */
Status estimateClosenessAndHarmonic(const IgraphGraph& graph,
                                    const IgraphVector* distances,
                                    const std::vector<double>& sums,
                                    PathMetricsResult& result)
{
    const qsizetype n = graph.vertexCount();
    IgraphIntVector membership;
    IgraphIntVector sizes;
    if (!membership.isValid() || !sizes.isValid())
        return outOfMemory();
    if (Status s = IgraphGraph::check(
            igraph_connected_components(graph.get(), membership.get(), sizes.get(), nullptr, IGRAPH_WEAK),
            "components");
        !s)
        return s;
    result.closeness.assign(size_t(n), 0.0);
    result.harmonic.assign(size_t(n), 0.0);
    std::vector<igraph_integer_t> unsampled;
    for (qsizetype v = 0; v < n; ++v) {
        const double others = double(sizes.at(membership.at(v)) - 1);
        const double sumOfDistances = sums[size_t(v)];
        const double sampled = sums[size_t(n + v)];
        if (others <= 0)
            continue;
        if (sampled <= 0) {
            unsampled.push_back(igraph_integer_t(v));
            continue;
        }
        result.closeness[size_t(v)] = sampled / sumOfDistances * others / double(n - 1);
        result.harmonic[size_t(v)] = others * sums[size_t(2 * n + v)] / sampled;
    }
    return exactFor(graph, distances, unsampled, result);
}

Result<PathMetricsResult> sampledPaths(
    const IgraphGraph& graph, const IgraphVector* distances, int samples, quint64 seed, int workers, Progress& progress)
{
    using R = Result<PathMetricsResult>;
    const qsizetype n = graph.vertexCount();
    const std::vector<igraph_integer_t> sources = sampledSources(n, samples, seed);
    const auto batches = dealt(sources, std::min<qsizetype>(samples, kSampleBatches));
    const auto groups = dealt(sources, (samples + kSourcesPerDistanceJob - 1) / kSourcesPerDistanceJob);
    std::vector<WorkerJob> jobs;
    for (const auto& batch : batches)
        jobs.push_back(betweennessJob(graph, distances, batch));
    for (const auto& group : groups)
        jobs.push_back(distanceSumsJob(graph, distances, group));
    auto run = WorkerProcesses::run(jobs, workers, progress, stage());
    if (!run)
        return R::failure(run.errorString());

    PathMetricsResult result;
    result.processes = run->processes;
    result.sampling.samples = samples;
    result.betweenness.assign(size_t(n), 0.0);
    for (size_t b = 0; b < batches.size(); ++b) {
        for (qsizetype v = 0; v < n; ++v)
            result.betweenness[size_t(v)] += run->results[b][size_t(v)];
    }
    for (double& value : result.betweenness)
        value *= double(n) / double(samples);
    result.sampling.betweennessError = batchStandardError(run->results, batches, n);
    std::vector<double> sums(size_t(3 * n), 0.0);
    for (size_t g = 0; g < groups.size(); ++g) {
        const auto& part = run->results[batches.size() + g];
        for (size_t i = 0; i < sums.size(); ++i)
            sums[i] += part[i];
    }
    if (Status s = estimateClosenessAndHarmonic(graph, distances, sums, result); !s)
        return R::failure(s.errorString());
    return result;
}

} // namespace

Result<PathMetricsResult> PathMetrics::compute(
    const IgraphGraph& graph, const IgraphVector* distances, int samples, quint64 seed, int workers, Progress& progress)
{
    const qsizetype n = graph.vertexCount();
    if (n == 0)
        return PathMetricsResult{};
    if (samples > 0 && samples < n)
        return sampledPaths(graph, distances, samples, seed, workers, progress);
    return exactPaths(graph, distances, workers, progress);
}

} // namespace steward
