// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkSnapshot.h"

#include "network/NetworkSource.h"
#include "network/layout/LayoutFilterKey.h"
#include "network/layout/NetworkLayout.h"
#include "report/ReportScope.h"
#include "storage/InteractionRepository.h"
#include "storage/NetworkLayoutRepository.h"
#include "storage/OutcomeRepository.h"

namespace steward {

namespace {

Result<LayoutPositions> layoutFor(const ReportScope& scope, const Network& network, Progress& progress)
{
    InteractionFilter viewFilter;
    viewFilter.communityId = scope.communityId;
    auto cached = NetworkLayoutRepository(scope.database).find(scope.communityId, LayoutFilterKey::of(viewFilter));
    if (!cached)
        return Result<LayoutPositions>::failure(cached.errorString());
    if (cached->has_value()) {
        const auto byPerson = (*cached)->layout.byPerson();
        bool complete = true;
        for (const NetworkNode& node : network.nodes())
            complete = complete && byPerson.contains(node.personId);
        if (complete)
            return (*cached)->layout;
    }
    NetworkLayoutOptions options;
    options.iterations = 300;
    return NetworkLayout::compute(network, options, {}, progress);
}

} // namespace

NetworkAnalysisOptions NetworkSnapshot::reportAnalysis(qsizetype people)
{
    NetworkAnalysisOptions options;
    options.workers = 1;
    options.pathSamples = people > 1500 ? 400 : 0;
    options.seed = 1;
    return options;
}

Result<NetworkSnapshot> NetworkSnapshot::load(const ReportScope& scope, Progress& progress)
{
    using R = Result<NetworkSnapshot>;
    NetworkSnapshot snapshot;
    snapshot.filter.communityId = scope.communityId;
    snapshot.filter.from = scope.from;
    snapshot.filter.to = scope.to;
    auto network = NetworkSource::load(scope.database, snapshot.filter);
    auto answers = InteractionRepository(scope.database).channelAnswers(snapshot.filter);
    auto outcomes = OutcomeRepository(scope.database).all();
    for (const QString& error : {network.errorString(), answers.errorString(), outcomes.errorString()}) {
        if (!error.isEmpty())
            return R::failure(error);
    }
    snapshot.network = *network;
    snapshot.analysis = reportAnalysis(snapshot.network.nodeCount());
    auto metrics = NetworkAnalysis::analyse(snapshot.network, snapshot.analysis, progress);
    if (!metrics)
        return R::failure(metrics.errorString());
    snapshot.metrics = *metrics;
    snapshot.findings = NetworkFindings::find(snapshot.network, snapshot.metrics, *answers, *outcomes);
    auto layout = layoutFor(scope, snapshot.network, progress);
    if (!layout)
        return R::failure(layout.errorString());
    snapshot.layout = *layout;
    return snapshot;
}

} // namespace steward
