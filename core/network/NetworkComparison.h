// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "network/NetworkAnalysis.h"
#include "network/NetworkFindings.h"
#include "storage/InteractionFilter.h"

#include <QDate>

namespace steward {

class Database;

/** One side of a comparison: the window and its network's metrics and brokers. */
struct ComparedWindow
{
    QDate from;
    QDate to;
    NetworkMetrics metrics;
    QList<Broker> brokers;
};

/** A person whose k-core number changed between the windows (0 when not in a window's network). */
struct CorenessChange
{
    qint64 personId = 0;
    QString name;
    QString team;
    int before = 0;
    int after = 0;
};

/** The network before and after a day, side by side, with what changed. */
struct NetworkComparisonResult
{
    QDate at;
    int windowDays = 0;
    ComparedWindow before;
    ComparedWindow after;
    QList<Broker> newBrokers;         // brokers after who were not before
    QList<Broker> formerBrokers;      // brokers before who are not after
    QList<CorenessChange> towardCore; // coreness rose, largest rise first
    QList<CorenessChange> towardEdge; // coreness fell, largest fall first
};

/**
 * Before/after an intervention: the same metrics for the `days` days before `at` (at excluded) and
 * the `days` days from `at` on, with the same filter and options otherwise.
 */
class NetworkComparison
{
public:
    static Result<NetworkComparisonResult> compare(const Database& database,
                                                   InteractionFilter filter,
                                                   QDate at,
                                                   int days,
                                                   const NetworkAnalysisOptions& options,
                                                   Progress& progress = Progress::none());
    /** The comparison of two analysed windows (the database-free part, for tests). */
    static NetworkComparisonResult compare(const ComparedWindow& before, const ComparedWindow& after);
};

} // namespace steward
