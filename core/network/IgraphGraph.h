// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <igraph.h>

#include <memory>
#include <vector>

namespace steward {

/**
 * Owns one undirected igraph_t. Also the one place that prepares the igraph library for us: errors
 * come back as codes with their message (igraph's default handler would abort the process) and
 * warnings stay off stderr.
 *
 * The Debian build of igraph 0.10 is not thread-safe (IGRAPH_THREAD_SAFE 0: its error stack and
 * random number generator are process globals), so igraph is only ever called from one thread per
 * process; parallel work runs in worker processes (WorkerProcesses).
 */
class IgraphGraph
{
public:
    /** An undirected graph on vertexCount vertices; edgeEnds holds 2 vertex indices per edge. */
    static Result<std::unique_ptr<IgraphGraph>> undirected(qsizetype vertexCount,
                                                           const std::vector<igraph_integer_t>& edgeEnds);
    ~IgraphGraph();
    IgraphGraph(const IgraphGraph&) = delete;
    IgraphGraph& operator=(const IgraphGraph&) = delete;

    const igraph_t* get() const { return &m_graph; }
    qsizetype vertexCount() const;
    qsizetype edgeCount() const;

    /** Installs our error and warning handlers; idempotent, called before any igraph use. */
    static void prepareLibrary();
    /** Success for IGRAPH_SUCCESS, else a failure naming what was computed and igraph's reason. */
    static Status check(igraph_error_t code, const char* what);
    /** Seeds igraph's default random number generator, so randomised algorithms repeat exactly. */
    static void seedRandom(quint64 seed);

private:
    IgraphGraph() = default;
    igraph_t m_graph{};
};

} // namespace steward
