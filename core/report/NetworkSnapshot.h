// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "network/Network.h"
#include "network/NetworkAnalysis.h"
#include "network/NetworkFindings.h"
#include "network/layout/LayoutPositions.h"
#include "storage/InteractionFilter.h"

namespace steward {

struct ReportScope;

/**
 * A community's network in the report period, analysed: the network, its metrics, the findings and
 * where to draw each person (the cached layout of the community's unfiltered view when it covers
 * everyone, else a fresh seeded Fruchterman-Reingold layout).
 */
struct NetworkSnapshot
{
    InteractionFilter filter;
    NetworkAnalysisOptions analysis;
    Network network;
    NetworkMetrics metrics;
    Findings findings;
    LayoutPositions layout;

    static Result<NetworkSnapshot> load(const ReportScope& scope, Progress& progress = Progress::none());
    /** The analysis options reports use: exact up to 1,500 people, one process (reports run in threads). */
    static NetworkAnalysisOptions reportAnalysis(qsizetype people);
};

} // namespace steward
