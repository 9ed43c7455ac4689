// SPDX-License-Identifier: GPL-3.0-or-later
#include "IgraphGraph.h"

#include <QCoreApplication>

#include <mutex>

namespace steward {

namespace {

// The last error igraph reported in this process; igraph is single-threaded here (see the header).
char lastIgraphError[512] = "";

void recordError(const char* reason, const char* file, int line, igraph_error_t code)
{
    Q_UNUSED(file);
    Q_UNUSED(line);
    qsnprintf(lastIgraphError, sizeof lastIgraphError, "%s (%s)", reason, igraph_strerror(code));
    // igraph's contract for a handler that returns: free what the failing function had allocated.
    IGRAPH_FINALLY_FREE();
}

void ignoreWarning(const char* reason, const char* file, int line)
{
    Q_UNUSED(reason);
    Q_UNUSED(file);
    Q_UNUSED(line);
}

} // namespace

void IgraphGraph::prepareLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] {
        igraph_set_error_handler(recordError);
        igraph_set_warning_handler(ignoreWarning);
    });
}

Status IgraphGraph::check(igraph_error_t code, const char* what)
{
    if (code == IGRAPH_SUCCESS)
        return {};
    return Status::failure(QCoreApplication::translate("IgraphGraph", "igraph could not compute %1: %2")
                               .arg(QString::fromLatin1(what), QString::fromUtf8(lastIgraphError)));
}

void IgraphGraph::seedRandom(quint64 seed)
{
    prepareLibrary();
    igraph_rng_seed(igraph_rng_default(), igraph_uint_t(seed));
}

Result<std::unique_ptr<IgraphGraph>> IgraphGraph::undirected(qsizetype vertexCount,
                                                             const std::vector<igraph_integer_t>& edgeEnds)
{
    using R = Result<std::unique_ptr<IgraphGraph>>;
    prepareLibrary();
    igraph_vector_int_t edges;
    // A view over our storage: igraph_create only reads it.
    igraph_vector_int_view(&edges, edgeEnds.data(), igraph_integer_t(edgeEnds.size()));
    igraph_t created;
    if (Status s =
            check(igraph_create(&created, &edges, igraph_integer_t(vertexCount), IGRAPH_UNDIRECTED), "the graph");
        !s)
        return R::failure(s.errorString());
    // igraph_t holds only pointers to its own heap storage, so it may change owner bitwise.
    std::unique_ptr<IgraphGraph> graph(new IgraphGraph);
    graph->m_graph = created;
    return R(std::move(graph));
}

IgraphGraph::~IgraphGraph()
{
    igraph_destroy(&m_graph);
}

qsizetype IgraphGraph::vertexCount() const
{
    return qsizetype(igraph_vcount(&m_graph));
}

qsizetype IgraphGraph::edgeCount() const
{
    return qsizetype(igraph_ecount(&m_graph));
}

} // namespace steward
