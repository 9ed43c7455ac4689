// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPalette.h"

namespace steward {

QColor ReportPalette::groupColor(int group)
{
    // From the edge to the core: light to dark blue, then the steward in amber; grey for non-members.
    static const QColor colors[] = {QColor(0xa6, 0xc8, 0xe6),
                                    QColor(0x6b, 0xa3, 0xd6),
                                    QColor(0x2f, 0x78, 0xc4),
                                    QColor(0x1f, 0x4e, 0x79),
                                    QColor(0xd9, 0x8c, 0x1f),
                                    QColor(0x9a, 0xa5, 0xb1)};
    return colors[qBound(0, group, 5)];
}

QColor ReportPalette::seriesColor(int index)
{
    static const QColor colors[] = {QColor(0x2f, 0x78, 0xc4),
                                    QColor(0xd9, 0x8c, 0x1f),
                                    QColor(0x4c, 0x9a, 0x5b),
                                    QColor(0xa3, 0x3b, 0x20),
                                    QColor(0x7a, 0x5c, 0xa8)};
    return colors[qAbs(index) % 5];
}

QRectF ReportPalette::bounds(const ReportNetworkPicture& picture)
{
    if (picture.nodes.isEmpty())
        return QRectF(0, 0, 1, 1);
    double left = picture.nodes.first().x, right = left, top = picture.nodes.first().y, bottom = top;
    for (const ReportNetworkNode& n : picture.nodes) {
        left = qMin(left, n.x);
        right = qMax(right, n.x);
        top = qMin(top, n.y);
        bottom = qMax(bottom, n.y);
    }
    return QRectF(left, top, qMax(right - left, 1e-9), qMax(bottom - top, 1e-9));
}

} // namespace steward
