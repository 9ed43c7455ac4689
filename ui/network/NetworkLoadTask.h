// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/layout/NetworkViewLoader.h"
#include "network/layout/NetworkViewRequest.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

namespace steward {

class WorkerProgress;

/**
 * Loads a community's network for the view and then analyses it, both on the igraph thread: first loaded()
 * with the graphs and positions (so the picture appears), then analysed() with the metrics of the window and,
 * when comparing, of the before and after windows. Starting again or cancelling makes the running work's
 * results be dropped, so a slow old load never overwrites a newer one.
 */
class NetworkLoadTask : public QObject
{
    Q_OBJECT

public:
    using Analyses = QList<std::optional<AnalysedNetwork>>; // window, before, after

    explicit NetworkLoadTask(QObject* parent = nullptr);
    ~NetworkLoadTask() override;

    /** Cancels what runs and starts `request`; the returned progress can be shown and cancelled. */
    std::shared_ptr<WorkerProgress> start(const NetworkViewRequest& request);
    /** Cancels what runs; none of its signals arrive. */
    void cancel();

signals:
    void loaded(const steward::NetworkViewData& data);
    void analysed(const steward::NetworkLoadTask::Analyses& networks);
    /** The load or the analysis failed or was cancelled (then the message says so). */
    void failed(const QString& message);

private:
    void finishLoad(int generation, const Result<NetworkViewData>& result);
    void analyse(int generation, const NetworkViewData& data);
    void finishAnalysis(int generation, const Analyses& networks, const QString& error);
    void fail(const QString& error);

    int m_generation = 0;
    NetworkViewRequest m_request;
    std::shared_ptr<WorkerProgress> m_progress;
};

} // namespace steward
