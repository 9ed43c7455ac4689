// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportChartPainter.h"

#include "report/ReportPalette.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace steward {

namespace {

constexpr int kTicks = 4;

double px(const QPainter& painter, double points)
{
    return points * painter.device()->logicalDpiY() / 72.0;
}

QFont chartFont(double points)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    font.setStyleStrategy(QFont::PreferNoShaping); // no ligatures: the text stays searchable
    return font;
}

} // namespace

double ReportChartPainter::niceMaximum(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}

double ReportChartPainter::maximumOf(const ReportChart& chart)
{
    double maximum = 0;
    for (int i = 0; i < chart.categories.size(); ++i) {
        double stacked = 0;
        for (const ReportSeries& s : chart.series) {
            stacked += s.values.value(i);
            maximum = qMax(maximum, s.values.value(i));
        }
        if (chart.kind == ReportChart::Kind::StackedBar)
            maximum = qMax(maximum, stacked);
    }
    return niceMaximum(maximum);
}

void ReportChartPainter::paintLegend(QPainter& painter, const QRectF& rect, const ReportChart& chart)
{
    painter.setFont(chartFont(7.5));
    const QFontMetricsF fm(painter.font(), painter.device());
    double x = rect.left();
    const double box = fm.height() * 0.7;
    for (int i = 0; i < chart.series.size(); ++i) {
        painter.fillRect(QRectF(x, rect.top() + (fm.height() - box) / 2, box, box), ReportPalette::seriesColor(i));
        x += box * 1.5;
        painter.setPen(QColor(0x1d, 0x27, 0x33));
        painter.drawText(QPointF(x, rect.top() + fm.ascent()), chart.series.at(i).name);
        x += fm.horizontalAdvance(chart.series.at(i).name) + box * 2;
    }
}

void ReportChartPainter::paintAxis(QPainter& painter, const QRectF& plot, double maximum, const ReportChart& chart)
{
    painter.setFont(chartFont(7));
    const QFontMetricsF fm(painter.font(), painter.device());
    for (int t = 0; t <= kTicks; ++t) {
        const double value = maximum * t / kTicks;
        const double y = plot.bottom() - plot.height() * t / kTicks;
        painter.setPen(QPen(t == 0 ? QColor(0x6b, 0x77, 0x85) : QColor(0xdd, 0xe4, 0xeb), px(painter, 0.5)));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(QColor(0x6b, 0x77, 0x85));
        const QString label = QLocale().toString(value, 'g', 4);
        painter.drawText(QPointF(plot.left() - fm.horizontalAdvance(label) - px(painter, 3), y + fm.ascent() / 2.5),
                         label);
    }
    const double slot = plot.width() / qMax<qsizetype>(1, chart.categories.size());
    for (int i = 0; i < chart.categories.size(); ++i) {
        const QRectF cell(plot.left() + i * slot, plot.bottom() + px(painter, 2), slot, fm.height() * 2.2);
        painter.drawText(cell, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, chart.categories.at(i));
    }
}

void ReportChartPainter::paintBars(QPainter& painter, const QRectF& plot, double maximum, const ReportChart& chart)
{
    const double slot = plot.width() / qMax<qsizetype>(1, chart.categories.size());
    const bool stacked = chart.kind == ReportChart::Kind::StackedBar;
    const qsizetype perSlot = stacked ? 1 : qMax<qsizetype>(1, chart.series.size());
    const double barWidth = slot * 0.7 / perSlot;
    for (int i = 0; i < chart.categories.size(); ++i) {
        double base = 0;
        for (int s = 0; s < chart.series.size(); ++s) {
            const double value = chart.series.at(s).values.value(i);
            const double x = plot.left() + i * slot + slot * 0.15 + (stacked ? 0 : s * barWidth);
            const double top = plot.bottom() - plot.height() * (base + value) / maximum;
            const double bottom = plot.bottom() - plot.height() * base / maximum;
            painter.fillRect(QRectF(x, top, barWidth * 0.92, bottom - top), ReportPalette::seriesColor(s));
            if (stacked)
                base += value;
        }
    }
}

void ReportChartPainter::paintLines(QPainter& painter, const QRectF& plot, double maximum, const ReportChart& chart)
{
    const double slot = plot.width() / qMax<qsizetype>(1, chart.categories.size());
    painter.setRenderHint(QPainter::Antialiasing);
    for (int s = 0; s < chart.series.size(); ++s) {
        QPainterPath path;
        const QColor color = ReportPalette::seriesColor(s);
        for (int i = 0; i < chart.categories.size(); ++i) {
            const QPointF p(plot.left() + (i + 0.5) * slot,
                            plot.bottom() - plot.height() * chart.series.at(s).values.value(i) / maximum);
            i == 0 ? path.moveTo(p) : path.lineTo(p);
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            painter.drawEllipse(p, px(painter, 2), px(painter, 2));
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(color, px(painter, 1.5)));
        painter.drawPath(path);
    }
}

void ReportChartPainter::paint(QPainter& painter, const QRectF& rect, const ReportChart& chart)
{
    painter.save();
    painter.setFont(chartFont(9));
    painter.setPen(QColor(0x1f, 0x4e, 0x79));
    const QFontMetricsF title(painter.font(), painter.device());
    painter.drawText(QPointF(rect.left(), rect.top() + title.ascent()), chart.title);
    const QRectF legend(rect.left(), rect.top() + title.height() * 1.2, rect.width(), title.height());
    paintLegend(painter, legend, chart);
    const QFontMetricsF small(chartFont(7), painter.device());
    const QRectF plot = rect.adjusted(small.horizontalAdvance(QStringLiteral("00000")) + px(painter, 4),
                                      title.height() * 2.6,
                                      -px(painter, 4),
                                      -small.height() * 2.6);
    const double maximum = maximumOf(chart);
    paintAxis(painter, plot, maximum, chart);
    if (chart.kind == ReportChart::Kind::Line)
        paintLines(painter, plot, maximum, chart);
    else
        paintBars(painter, plot, maximum, chart);
    painter.restore();
}

} // namespace steward
