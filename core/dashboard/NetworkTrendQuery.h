// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "network/NetworkMetrics.h"
#include "storage/Intervention.h"

#include <QDate>
#include <QList>

#include <optional>

namespace steward {

class Database;

/** The network of one month's interactions, as a whole. */
struct MonthNetwork
{
    QDate month;
    GraphMetrics graph;
};

/** One person in the scatter of a network metric against an outcome. */
struct OutcomePoint
{
    QString name;
    double metric = 0;
    double outcome = 0;
};

/** The network over the period: by month, degree distribution, before/after the latest intervention, outcomes. */
struct NetworkTrends
{
    QList<MonthNetwork> months;
    QList<int> degreeCounts; // index = degree, over the whole period's network
    std::optional<Intervention> intervention;
    GraphMetrics before; // the 90 days before the intervention and from it on
    GraphMetrics after;
    QString scatterMetric; // a PersonMetrics key, e.g. "betweenness_normalized"
    QString scatterOutcome;
    QList<OutcomePoint> scatter;
    std::optional<double> spearman;
};

/** Read-only network figures behind the dashboard; runs igraph, so call it off the GUI thread, one at a time. */
class NetworkTrendQuery
{
public:
    static constexpr int kCompareDays = 90;
    static Result<NetworkTrends> compute(
        Database& database, qint64 communityId, QDate lastDay, int months = 12, Progress& progress = Progress::none());
    /** The same on the thread's own connection to the workspace file. */
    static Result<NetworkTrends>
    compute(const QString& path, qint64 communityId, QDate lastDay, int months, Progress& progress);
};

} // namespace steward
