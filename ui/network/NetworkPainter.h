// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/NetworkPicture.h"

#include <QPalette>
#include <QRectF>
#include <QTransform>

class QPainter;

namespace steward {

/** How the picture is seen: the layout-to-screen transform, the selection and hover, the palette. */
struct NetworkViewState
{
    double scale = 1;    // pixels per layout unit
    QPointF offset;      // screen position of the layout origin
    double fitScale = 1; // the scale that fits everything; zooming in past it shows more detail
    int selected = -1;
    int hovered = -1;
    QPalette palette;

    QPointF toScreen(const QPointF& p) const { return p * scale + offset; }
    QPointF toLayout(const QPointF& s) const { return (s - offset) / scale; }
};

/**
 * Paints a NetworkPicture - on screen, into a PNG or an SVG alike, so exports look exactly as the
 * view does. Level of detail keeps large networks fast: people and ties off screen are skipped,
 * zoomed out the thin ties and most labels are left out and antialiasing is off for crowds.
 */
class NetworkPainter
{
public:
    /** Above this many people on screen, only emphasised people are labelled. */
    static constexpr int kManyLabels = 150;
    /** Never more labels than this at once: beyond it they are noise and cost frame time. */
    static constexpr int kMaxLabels = 200;
    /** Above this many ties drawn, they are drawn as one-pixel lines without antialiasing. */
    static constexpr int kCrowdEdges = 1500;
    /** Above this many people on screen, they are drawn without antialiasing and outline. */
    static constexpr int kCrowdNodes = 800;

    static void
    paint(QPainter& painter, const QRectF& area, const NetworkPicture& picture, const NetworkViewState& state);

private:
    static void
    paintEdges(QPainter& painter, const QRectF& area, const NetworkPicture& picture, const NetworkViewState& state);
    static void
    paintNodes(QPainter& painter, const QRectF& area, const NetworkPicture& picture, const NetworkViewState& state);
    static void
    paintLabels(QPainter& painter, const QRectF& area, const NetworkPicture& picture, const NetworkViewState& state);
    static void
    paintLegend(QPainter& painter, const QRectF& area, const NetworkPicture& picture, const NetworkViewState& state);
};

} // namespace steward
