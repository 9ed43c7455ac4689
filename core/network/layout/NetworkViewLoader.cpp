// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkViewLoader.h"

#include "network/NetworkAnalysis.h"
#include "network/NetworkSource.h"
#include "network/layout/LayoutFilterKey.h"
#include "network/layout/NetworkLayout.h"
#include "storage/Database.h"
#include "storage/InteractionRepository.h"
#include "storage/NetworkLayoutRepository.h"

#include <QDateTime>
#include <QSet>

namespace steward {

namespace {

InteractionFilter wholeHistory(InteractionFilter filter)
{
    filter.from = QDate();
    filter.to = QDate();
    return filter;
}

// A cached layout still fits when it places everyone of the whole-history network.
bool coversEveryone(const LayoutPositions& layout, const Network& whole)
{
    const auto placed = layout.byPerson();
    for (const NetworkNode& node : whole.nodes())
        if (!placed.contains(node.personId))
            return false;
    return true;
}

Status layoutInto(Database& database,
                  const NetworkViewRequest& request,
                  NetworkViewData& data,
                  const Network& whole,
                  Progress& progress)
{
    NetworkLayoutRepository repository(database);
    auto cached = repository.find(request.filter.communityId, data.layoutKey);
    if (!cached)
        return Status::failure(cached.errorString());
    if (cached->has_value() && !request.relayout && coversEveryone((*cached)->layout, whole)) {
        data.layoutId = (*cached)->id;
        data.layout = (*cached)->layout;
        data.layoutFromCache = true;
        return {};
    }
    // Keep what the steward dragged; everyone else is laid out afresh.
    const LayoutPositions previous = cached->has_value() ? (*cached)->layout : LayoutPositions();
    NetworkLayoutOptions options;
    options.seed = request.seed;
    auto computed = NetworkLayout::compute(whole, options, previous, progress);
    if (!computed)
        return Status::failure(computed.errorString());
    // People who left the whole-history network but were pinned stay cached for when they return.
    LayoutPositions stored = *computed;
    QSet<qint64> present;
    for (const NodePosition& p : std::as_const(stored.positions))
        present.insert(p.personId);
    for (const NodePosition& p : previous.positions)
        if (p.pinned && !present.contains(p.personId))
            stored.positions.append(p);
    auto id = repository.save(request.filter.communityId, data.layoutKey, stored, QDateTime::currentDateTimeUtc());
    if (!id)
        return Status::failure(id.errorString());
    data.layoutId = *id;
    data.layout = stored;
    return {};
}

Status loadComparison(const Database& database, const NetworkViewRequest& request, NetworkViewData& data)
{
    InteractionFilter before = request.filter;
    before.from = request.compareAt.addDays(-request.compareDays);
    before.to = request.compareAt.addDays(-1);
    InteractionFilter after = request.filter;
    after.from = request.compareAt;
    after.to = request.compareAt.addDays(request.compareDays - 1);
    auto b = NetworkSource::load(database, before);
    if (!b)
        return Status::failure(b.errorString());
    auto a = NetworkSource::load(database, after);
    if (!a)
        return Status::failure(a.errorString());
    data.before = NetworkViewLoader::withMinimumWeight(*b, request.minimumWeight);
    data.after = NetworkViewLoader::withMinimumWeight(*a, request.minimumWeight);
    return {};
}

} // namespace

Result<NetworkViewData> NetworkViewLoader::load(const NetworkViewRequest& request, Progress& progress)
{
    auto database = Database::open(request.databasePath, Database::OpenMode::ExistingOnly);
    if (!database)
        return Result<NetworkViewData>::failure(database.errorString());
    return load(**database, request, progress);
}

Result<NetworkViewData>
NetworkViewLoader::load(Database& database, const NetworkViewRequest& request, Progress& progress)
{
    using R = Result<NetworkViewData>;
    NetworkViewData data;
    data.layoutKey = LayoutFilterKey::of(request.filter, request.weighted);
    auto whole = NetworkSource::load(database, wholeHistory(request.filter));
    if (!whole)
        return R::failure(whole.errorString());
    // Without a window the shown network is the whole history: read it once.
    auto window = request.filter.hasWindow() ? NetworkSource::load(database, request.filter) : whole;
    if (!window)
        return R::failure(window.errorString());
    data.window = withMinimumWeight(*window, request.minimumWeight);
    auto answers = InteractionRepository(database).channelAnswers(request.filter);
    if (!answers)
        return R::failure(answers.errorString());
    data.answers = *answers;
    if (request.compareAt.isValid())
        if (Status s = loadComparison(database, request, data); !s)
            return R::failure(s.errorString());
    if (Status s = layoutInto(database, request, data, *whole, progress); !s)
        return R::failure(s.errorString());
    return data;
}

Result<AnalysedNetwork> NetworkViewLoader::analyse(const Network& network,
                                                   bool weighted,
                                                   const QList<ChannelAnswers>& answers,
                                                   Progress& progress)
{
    NetworkAnalysisOptions options;
    options.weighted = weighted;
    options.workers = 1; // never fork a GUI process
    auto metrics = NetworkAnalysis::analyse(network, options, progress);
    if (!metrics)
        return Result<AnalysedNetwork>::failure(metrics.errorString());
    AnalysedNetwork analysed{network, *metrics, NetworkFindings::find(network, *metrics, answers)};
    return analysed;
}

Network NetworkViewLoader::withMinimumWeight(const Network& network, double minimum)
{
    if (minimum <= 0)
        return network;
    QSet<QPair<int, int>> kept;
    for (const NetworkTie& tie : network.ties())
        if (tie.weight >= minimum)
            kept.insert({tie.from, tie.to});
    QList<NetworkTie> arcs;
    for (const NetworkTie& arc : network.arcs())
        if (kept.contains({qMin(arc.from, arc.to), qMax(arc.from, arc.to)}))
            arcs.append(arc);
    return Network(network.nodes(), arcs);
}

} // namespace steward
