// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/Network.h"
#include "network/NetworkFindings.h"
#include "network/layout/LayoutPositions.h"
#include "storage/InteractionFilter.h"

#include <QDate>

namespace steward {

/** What the network view asks for: which ties, which window, which layout, and optionally a before/after day. */
struct NetworkViewRequest
{
    QString databasePath;
    InteractionFilter filter; // the window is the one shown; kinds, platforms and channels pick the layout
    bool weighted = false;
    double minimumWeight = 0; // ties lighter than this (summed over the window) are left out
    quint64 seed = 1;
    bool relayout = false; // compute the layout again even when one is cached (pinned people stay)
    QDate compareAt;       // valid: also load the windows before and after this day
    int compareDays = 90;
};

/** One window's network with what the analysis found in it. */
struct AnalysedNetwork
{
    Network network;
    NetworkMetrics metrics;
    Findings findings;
};

/** What the view draws: the layout (positions of everyone over the whole history) and the networks. */
struct NetworkViewData
{
    QString layoutKey;
    qint64 layoutId = 0;
    bool layoutFromCache = false;
    LayoutPositions layout;
    Network window;
    QList<ChannelAnswers> answers;
    Network before; // only with compareAt
    Network after;
};

} // namespace steward
