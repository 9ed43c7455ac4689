// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkComparison.h"

#include "network/NetworkSource.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace steward {

namespace {

Result<ComparedWindow> analyseWindow(const Database& database,
                                     InteractionFilter filter,
                                     QDate from,
                                     QDate to,
                                     const NetworkAnalysisOptions& options,
                                     Progress& progress)
{
    using R = Result<ComparedWindow>;
    filter.from = from;
    filter.to = to;
    auto network = NetworkSource::load(database, filter);
    if (!network)
        return R::failure(network.errorString());
    auto metrics = NetworkAnalysis::analyse(*network, options, progress);
    if (!metrics)
        return R::failure(metrics.errorString());
    ComparedWindow window{from, to, *metrics, NetworkFindings::find(*network, *metrics).brokers};
    return window;
}

QList<Broker> brokersOnlyIn(const QList<Broker>& these, const QList<Broker>& those)
{
    QSet<qint64> other;
    for (const Broker& b : those)
        other.insert(b.personId);
    QList<Broker> result;
    for (const Broker& b : these) {
        if (!other.contains(b.personId))
            result.append(b);
    }
    return result;
}

} // namespace

NetworkComparisonResult NetworkComparison::compare(const ComparedWindow& before, const ComparedWindow& after)
{
    NetworkComparisonResult result;
    result.before = before;
    result.after = after;
    result.newBrokers = brokersOnlyIn(after.brokers, before.brokers);
    result.formerBrokers = brokersOnlyIn(before.brokers, after.brokers);
    QHash<qint64, CorenessChange> changes;
    for (const PersonMetrics& p : before.metrics.people)
        changes.insert(p.personId, {p.personId, p.name, p.team, p.coreness, 0});
    for (const PersonMetrics& p : after.metrics.people) {
        CorenessChange& change = changes[p.personId];
        change.personId = p.personId;
        change.name = p.name;
        change.team = p.team;
        change.after = p.coreness;
    }
    for (const CorenessChange& change : std::as_const(changes)) {
        if (change.after > change.before)
            result.towardCore.append(change);
        else if (change.after < change.before)
            result.towardEdge.append(change);
    }
    auto byRise = [](const CorenessChange& a, const CorenessChange& b) {
        const int riseA = a.after - a.before;
        const int riseB = b.after - b.before;
        return riseA != riseB ? std::abs(riseA) > std::abs(riseB) : a.personId < b.personId;
    };
    std::sort(result.towardCore.begin(), result.towardCore.end(), byRise);
    std::sort(result.towardEdge.begin(), result.towardEdge.end(), byRise);
    return result;
}

Result<NetworkComparisonResult> NetworkComparison::compare(const Database& database,
                                                           InteractionFilter filter,
                                                           QDate at,
                                                           int days,
                                                           const NetworkAnalysisOptions& options,
                                                           Progress& progress)
{
    using R = Result<NetworkComparisonResult>;
    auto before = analyseWindow(database, filter, at.addDays(-days), at.addDays(-1), options, progress);
    if (!before)
        return R::failure(before.errorString());
    auto after = analyseWindow(database, filter, at, at.addDays(days - 1), options, progress);
    if (!after)
        return R::failure(after.errorString());
    NetworkComparisonResult result = compare(*before, *after);
    result.at = at;
    result.windowDays = days;
    return result;
}

} // namespace steward
