// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportContent.h"

#include <QRectF>

class QPainter;

namespace steward {

/** Draws a report's network picture (ties, people coloured by level, named brokers, a legend) as vectors. */
class ReportNetworkPainter
{
public:
    static void paint(QPainter& painter, const QRectF& rect, const ReportNetworkPicture& picture);

private:
    static void paintLegend(QPainter& painter, const QRectF& rect, const ReportNetworkPicture& picture);
};

} // namespace steward
