// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkLoadTask.h"

#include "WorkerProgress.h"
#include "network/IgraphPool.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace steward {

namespace {

using LoadResult = std::shared_ptr<Result<NetworkViewData>>;

struct AnalysisResult
{
    NetworkLoadTask::Analyses networks;
    QString error;
};

// Runs fn on the igraph thread (Debian's igraph is not thread-safe) and hands its result to done on the GUI thread.
template <typename T, typename Fn, typename Done> void runOnIgraphThread(QObject* owner, Fn fn, Done done)
{
    auto* watcher = new QFutureWatcher<T>(owner);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, owner, [watcher, done] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(igraphPool(), std::move(fn)));
}

AnalysisResult analyseAll(const NetworkViewData& data, bool weighted, bool comparing, WorkerProgress& progress)
{
    AnalysisResult out;
    QList<const Network*> networks{&data.window};
    if (comparing)
        networks << &data.before << &data.after;
    for (const Network* network : networks) {
        auto analysed = NetworkViewLoader::analyse(*network, weighted, data.answers, progress);
        if (!analysed) {
            out.error = analysed.errorString();
            return out;
        }
        out.networks.append(*analysed);
    }
    return out;
}

} // namespace

NetworkLoadTask::NetworkLoadTask(QObject* parent)
    : QObject(parent)
{
}

NetworkLoadTask::~NetworkLoadTask()
{
    cancel();
}

std::shared_ptr<WorkerProgress> NetworkLoadTask::start(const NetworkViewRequest& request)
{
    cancel();
    const int generation = m_generation;
    m_request = request;
    auto progress = std::make_shared<WorkerProgress>();
    m_progress = progress;
    runOnIgraphThread<LoadResult>(
        this,
        [request, progress] {
            return std::make_shared<Result<NetworkViewData>>(NetworkViewLoader::load(request, *progress));
        },
        [this, generation](const LoadResult& result) { finishLoad(generation, *result); });
    return progress;
}

void NetworkLoadTask::cancel()
{
    ++m_generation;
    if (m_progress)
        m_progress->cancel();
}

void NetworkLoadTask::finishLoad(int generation, const Result<NetworkViewData>& result)
{
    if (generation != m_generation)
        return;
    if (!result) {
        fail(result.errorString());
        return;
    }
    emit loaded(*result);
    if (generation == m_generation) // a slot may have started a new load
        analyse(generation, *result);
}

void NetworkLoadTask::analyse(int generation, const NetworkViewData& data)
{
    auto progress = m_progress;
    const bool weighted = m_request.weighted;
    const bool comparing = m_request.compareAt.isValid();
    runOnIgraphThread<AnalysisResult>(
        this,
        [data, weighted, comparing, progress] { return analyseAll(data, weighted, comparing, *progress); },
        [this, generation](const AnalysisResult& result) {
            finishAnalysis(generation, result.networks, result.error);
        });
}

void NetworkLoadTask::finishAnalysis(int generation, const Analyses& networks, const QString& error)
{
    if (generation != m_generation)
        return;
    if (!error.isEmpty())
        fail(error);
    else
        emit analysed(networks);
}

void NetworkLoadTask::fail(const QString& error)
{
    emit failed(m_progress && m_progress->isCanceled() ? tr("Canceled.") : error);
}

} // namespace steward
