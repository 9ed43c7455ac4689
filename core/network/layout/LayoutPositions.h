// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace steward {

/** Where one person is drawn, in layout units; pinned: the steward dragged them there. */
struct NodePosition
{
    qint64 personId = 0;
    double x = 0;
    double y = 0;
    bool pinned = false;

    bool operator==(const NodePosition&) const = default;
};

/** A whole layout: how it was made (algorithm and seed, so it can be made again) and every position. */
struct LayoutPositions
{
    QString algorithm; // "fruchterman-reingold", "drl" or "circle" (as stored in network_layout)
    quint64 seed = 0;
    QList<NodePosition> positions;

    /** The positions by person id, for drawing and for keeping pinned people in a re-layout. */
    QHash<qint64, NodePosition> byPerson() const
    {
        QHash<qint64, NodePosition> map;
        map.reserve(positions.size());
        for (const NodePosition& p : positions)
            map.insert(p.personId, p);
        return map;
    }
};

} // namespace steward
