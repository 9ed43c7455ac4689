// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportContent.h"

#include <QRectF>

class QPainter;

namespace steward {

/**
 * Draws a report chart (bars, stacked bars, lines) with QPainter, so a PDF gets vectors and selectable
 * labels, and the preview the same picture. Sizes follow the painter's device resolution.
 */
class ReportChartPainter
{
public:
    static void paint(QPainter& painter, const QRectF& rect, const ReportChart& chart);

private:
    static double niceMaximum(double value);
    static double maximumOf(const ReportChart& chart);
    static void paintLegend(QPainter& painter, const QRectF& rect, const ReportChart& chart);
    static void paintAxis(QPainter& painter, const QRectF& plot, double maximum, const ReportChart& chart);
    static void paintBars(QPainter& painter, const QRectF& plot, double maximum, const ReportChart& chart);
    static void paintLines(QPainter& painter, const QRectF& plot, double maximum, const ReportChart& chart);
};

} // namespace steward
