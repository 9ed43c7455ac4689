// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportNetworkPainter.h"

#include "report/ReportPalette.h"

#include <QFontMetricsF>
#include <QPainter>

namespace steward {

namespace {

double px(const QPainter& painter, double points)
{
    return points * painter.device()->logicalDpiY() / 72.0;
}

QFont pictureFont(double points, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    font.setStyleStrategy(QFont::PreferNoShaping); // no ligatures: the text stays searchable
    font.setBold(bold);
    return font;
}

} // namespace

void ReportNetworkPainter::paintLegend(QPainter& painter, const QRectF& rect, const ReportNetworkPicture& picture)
{
    painter.setFont(pictureFont(7));
    const QFontMetricsF fm(painter.font(), painter.device());
    double x = rect.left();
    const double r = fm.height() * 0.3;
    for (int g = 0; g < picture.groupNames.size(); ++g) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(ReportPalette::groupColor(g));
        painter.drawEllipse(QPointF(x + r, rect.top() + fm.height() / 2), r, r);
        x += r * 3;
        painter.setPen(QColor(0x1d, 0x27, 0x33));
        painter.drawText(QPointF(x, rect.top() + fm.ascent()), picture.groupNames.at(g));
        x += fm.horizontalAdvance(picture.groupNames.at(g)) + r * 4;
    }
}

void ReportNetworkPainter::paint(QPainter& painter, const QRectF& rect, const ReportNetworkPicture& picture)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF legendMetrics(pictureFont(7), painter.device());
    const QRectF area = rect.adjusted(px(painter, 30), px(painter, 8), -px(painter, 30), -legendMetrics.height() * 2);
    const QRectF box = ReportPalette::bounds(picture);
    const double scale = qMin(area.width() / box.width(), area.height() / box.height());
    const QPointF offset(area.left() + (area.width() - box.width() * scale) / 2,
                         area.top() + (area.height() - box.height() * scale) / 2);
    auto at = [&](const ReportNetworkNode& n) {
        return QPointF(offset.x() + (n.x - box.left()) * scale, offset.y() + (n.y - box.top()) * scale);
    };
    painter.setPen(QPen(QColor(0x9a, 0xa5, 0xb1, 90), px(painter, 0.35)));
    for (const ReportNetworkEdge& e : picture.edges)
        painter.drawLine(at(picture.nodes.at(e.from)), at(picture.nodes.at(e.to)));
    const double radius = px(painter, picture.nodes.size() > 300 ? 1.6 : 3.2);
    for (const ReportNetworkNode& n : picture.nodes) {
        painter.setPen(n.highlighted ? QPen(QColor(0x1d, 0x27, 0x33), px(painter, 0.8))
                                     : QPen(Qt::white, px(painter, 0.3)));
        painter.setBrush(ReportPalette::groupColor(n.group));
        painter.drawEllipse(at(n), n.highlighted ? radius * 1.5 : radius, n.highlighted ? radius * 1.5 : radius);
    }
    painter.setFont(pictureFont(7, true));
    painter.setPen(QColor(0x1d, 0x27, 0x33));
    for (const ReportNetworkNode& n : picture.nodes) {
        if (!n.label.isEmpty())
            painter.drawText(at(n) + QPointF(radius * 2, -radius), n.label);
    }
    paintLegend(painter,
                QRectF(rect.left(), rect.bottom() - legendMetrics.height() * 1.5, rect.width(), legendMetrics.height()),
                picture);
    painter.restore();
}

} // namespace steward
