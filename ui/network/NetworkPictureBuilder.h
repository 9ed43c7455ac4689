// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/NetworkPicture.h"
#include "network/layout/LayoutPositions.h"
#include "network/layout/NetworkViewRequest.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>

namespace steward {

/** What node size shows. */
enum class NodeSizeMetric
{
    Degree,
    Strength,
    Betweenness,
    Eigenvector,
    Coreness,
    Closeness,
};

/** What node colour shows. */
enum class NodeColouring
{
    Cluster,
    Team,
    Department,
    Level,
};

/** Findings that can be picked out with a ring, each toggled on its own. */
enum class Highlight
{
    Brokers = 1,
    Isolates = 2,
    SinglePointsOfFailure = 4,
    ArticulationPoints = 8,
};

/** How to draw: the view's own filters (which only hide), size, colour, highlights, focus and comparison. */
struct PictureOptions
{
    NodeSizeMetric size = NodeSizeMetric::Betweenness;
    NodeColouring colour = NodeColouring::Team;
    int highlights = 0; // Highlight flags
    bool hideIsolates = false;
    int minimumCoreness = 0;
    qint64 focusPerson = 0; // 0: no focus
    int focusSteps = 1;
    QHash<qint64, QString> departments;
    /** Comparison: the network on the other side; `isAfter` says which side this picture is. */
    const Network* other = nullptr;
    bool isAfter = false;
};

/** Turns a layout, a network and its analysis into the picture the view paints. */
class NetworkPictureBuilder
{
    Q_DECLARE_TR_FUNCTIONS(NetworkPictureBuilder)

public:
    static NetworkPicture build(const QHash<qint64, NodePosition>& positions,
                                const Network& network,
                                const NetworkMetrics* metrics,
                                const Findings* findings,
                                const PictureOptions& options);
    /** Twelve colours that read on light and dark backgrounds alike (Tableau 10 and two more). */
    static QColor categoryColour(int index);
    /** The explanation of a highlight in plain words. */
    static QString explanation(Highlight highlight);
    static QString highlightName(Highlight highlight);
    static QColor highlightColour(Highlight highlight);

private:
    static void colourNodes(NetworkPicture& picture,
                            const Network& network,
                            const NetworkMetrics* metrics,
                            const PictureOptions& options);
    static void sizeNodes(NetworkPicture& picture, const NetworkMetrics* metrics, NodeSizeMetric size);
    static void addEdges(NetworkPicture& picture, const Network& network, const PictureOptions& options);
    static void hideNodes(NetworkPicture& picture,
                          const Network& network,
                          const NetworkMetrics* metrics,
                          const PictureOptions& options);
    static void focus(NetworkPicture& picture, const PictureOptions& options);
    static void
    ringHighlights(NetworkPicture& picture, const NetworkMetrics* metrics, const Findings* findings, int highlights);
    static void ringChanges(NetworkPicture& picture, const Network& network, const PictureOptions& options);
    static QString tooltip(const NetworkNode& node, const PersonMetrics* metrics);
};

} // namespace steward
