// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkTrendQuery.h"

#include "network/NetworkAnalysis.h"
#include "network/NetworkSource.h"
#include "network/SpearmanCorrelation.h"
#include "storage/Database.h"
#include "storage/InterventionRepository.h"
#include "storage/OutcomeRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace steward {

namespace {

Result<NetworkMetrics> analyseWindow(const Database& database, qint64 communityId, QDate from, QDate to)
{
    InteractionFilter filter;
    filter.communityId = communityId;
    filter.from = from;
    filter.to = to;
    auto network = NetworkSource::load(database, filter);
    if (!network)
        return Result<NetworkMetrics>::failure(network.errorString());
    NetworkAnalysisOptions options;
    options.workers = 1; // the caller may be a GUI process: never fork it
    return NetworkAnalysis::analyse(*network, options);
}

Status compareIntervention(const Database& database, qint64 communityId, QDate lastDay, NetworkTrends& trends)
{
    auto interventions = InterventionRepository(database).forCommunity(communityId);
    if (!interventions)
        return Status::failure(interventions.errorString());
    for (const Intervention& i : std::as_const(*interventions))
        if (i.date <= lastDay)
            trends.intervention = i;
    if (!trends.intervention)
        return {};
    const QDate at = trends.intervention->date;
    const int days = NetworkTrendQuery::kCompareDays;
    auto before = analyseWindow(database, communityId, at.addDays(-days), at.addDays(-1));
    if (!before)
        return Status::failure(before.errorString());
    auto after = analyseWindow(database, communityId, at, at.addDays(days - 1));
    if (!after)
        return Status::failure(after.errorString());
    trends.before = before->graph;
    trends.after = after->graph;
    return {};
}

// Each person's latest value of the outcome, against their normalised betweenness over the period.
Status scatterOutcomes(const Database& database, const NetworkMetrics& period, NetworkTrends& trends)
{
    auto outcomes = OutcomeRepository(database).all();
    if (!outcomes)
        return Status::failure(outcomes.errorString());
    QHash<qint64, const PersonMetrics*> people;
    for (const PersonMetrics& p : period.people)
        people.insert(p.personId, &p);
    QStringList metrics;
    for (const Outcome& o : std::as_const(*outcomes))
        if (people.contains(o.personId) && !metrics.contains(o.metric))
            metrics.append(o.metric);
    metrics.sort();
    if (metrics.isEmpty())
        return {};
    trends.scatterMetric = QStringLiteral("betweenness_normalized");
    trends.scatterOutcome =
        metrics.contains(QStringLiteral("engagement")) ? QStringLiteral("engagement") : metrics.first();
    QHash<qint64, Outcome> latest;
    for (const Outcome& o : std::as_const(*outcomes))
        if (o.metric == trends.scatterOutcome && people.contains(o.personId)
            && (!latest.contains(o.personId) || latest.value(o.personId).date <= o.date))
            latest.insert(o.personId, o);
    std::vector<double> x, y;
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        const PersonMetrics* p = people.value(it.key());
        trends.scatter.append({p->name, p->betweennessNormalized, it->value});
        x.push_back(p->betweennessNormalized);
        y.push_back(it->value);
    }
    trends.spearman = spearmanCorrelation(x, y);
    return {};
}

} // namespace

Result<NetworkTrends>
NetworkTrendQuery::compute(Database& database, qint64 communityId, QDate lastDay, int months, Progress& progress)
{
    using R = Result<NetworkTrends>;
    NetworkTrends trends;
    const QDate last(lastDay.year(), lastDay.month(), 1);
    const QString stage = QCoreApplication::translate("NetworkTrendQuery", "Analysing the network by month");
    for (int i = months - 1; i >= 0; --i) {
        if (progress.isCanceled())
            return R::failure(QCoreApplication::translate("NetworkTrendQuery", "Canceled."));
        progress.report(months - 1 - i, months + 2, stage);
        const QDate start = last.addMonths(-i);
        auto metrics = analyseWindow(database, communityId, start, start.addMonths(1).addDays(-1));
        if (!metrics)
            return R::failure(metrics.errorString());
        trends.months.append({start, metrics->graph});
    }
    auto period = analyseWindow(database, communityId, last.addMonths(1 - months), lastDay);
    if (!period)
        return R::failure(period.errorString());
    for (const PersonMetrics& p : std::as_const(period->people)) {
        if (trends.degreeCounts.size() <= p.degree)
            trends.degreeCounts.resize(p.degree + 1, 0);
        ++trends.degreeCounts[p.degree];
    }
    progress.report(months, months + 2, stage);
    if (Status s = compareIntervention(database, communityId, lastDay, trends); !s)
        return R::failure(s.errorString());
    if (Status s = scatterOutcomes(database, *period, trends); !s)
        return R::failure(s.errorString());
    progress.report(months + 2, months + 2, stage);
    return trends;
}

Result<NetworkTrends>
NetworkTrendQuery::compute(const QString& path, qint64 communityId, QDate lastDay, int months, Progress& progress)
{
    auto database = Database::open(path, Database::OpenMode::ExistingOnly);
    if (!database)
        return Result<NetworkTrends>::failure(database.errorString());
    return compute(**database, communityId, lastDay, months, progress);
}

} // namespace steward
