// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

namespace steward {

/** One person as drawn: where (layout units), how big (pixels), which colour, and what marks them out. */
struct PictureNode
{
    qint64 personId = 0;
    QString label;
    QPointF pos;
    double radius = 5; // on screen, in pixels
    QColor fill;
    QColor ring;           // invalid: no ring; a highlight or a change (appeared, gained ties...)
    bool visible = true;   // filtered out when false
    bool dimmed = false;   // outside the focus
    bool emphasis = false; // labelled even when zoomed out (highlights, the selection)
    QString tooltip;
};

/** One tie as drawn between two node indices. */
struct PictureEdge
{
    int a = 0;
    int b = 0;
    double weight = 1;
    double width = 1; // pixels
    QColor color;     // invalid: the palette's tie colour
    bool dashed = false;
    bool visible = true;
};

/** One line of the legend. */
struct LegendEntry
{
    QString text;
    QColor color;
    bool ring = false; // drawn as a ring (a highlight), not a filled dot
};

/** Everything the network view draws; built by NetworkPictureBuilder, painted by NetworkPainter. */
struct NetworkPicture
{
    QList<PictureNode> nodes;
    QList<PictureEdge> edges;
    QList<LegendEntry> legend;
    QString caption;
    /** Zoomed out, ties lighter than this are skipped (level of detail); 0 draws them all. */
    double thinEdgeWeight = 0;

    int indexOf(qint64 personId) const
    {
        for (qsizetype i = 0; i < nodes.size(); ++i)
            if (nodes.at(i).personId == personId)
                return int(i);
        return -1;
    }
};

} // namespace steward
