// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportBlockObject.h"

#include "reports/ReportChartPainter.h"
#include "reports/ReportNetworkPainter.h"

#include <QPainter>

namespace steward {

ReportBlockObject::ReportBlockObject(double width, double dpi, QObject* parent)
    : QObject(parent)
    , m_width(width)
    , m_dpi(dpi)
{
}

QTextCharFormat ReportBlockObject::add(const ReportChart& chart)
{
    QTextCharFormat format;
    format.setObjectType(kChartType);
    format.setProperty(kIndexProperty, int(m_charts.size()));
    m_charts << chart;
    return format;
}

QTextCharFormat ReportBlockObject::add(const ReportNetworkPicture& picture)
{
    QTextCharFormat format;
    format.setObjectType(kNetworkType);
    format.setProperty(kIndexProperty, int(m_pictures.size()));
    m_pictures << picture;
    return format;
}

QSizeF ReportBlockObject::intrinsicSize(QTextDocument* document, int position, const QTextFormat& format)
{
    Q_UNUSED(document);
    Q_UNUSED(position);
    // A chart is a strip, the network nearly square; both leave room for the text around them.
    const double height = format.objectType() == kChartType ? qMin(m_width * 0.40, m_dpi * 2.8) : m_width * 0.78;
    return {m_width, height};
}

void ReportBlockObject::drawObject(
    QPainter* painter, const QRectF& rect, QTextDocument* document, int position, const QTextFormat& format)
{
    Q_UNUSED(document);
    Q_UNUSED(position);
    const int index = format.property(kIndexProperty).toInt();
    if (format.objectType() == kChartType && index >= 0 && index < m_charts.size())
        ReportChartPainter::paint(*painter, rect, m_charts.at(index));
    else if (format.objectType() == kNetworkType && index >= 0 && index < m_pictures.size())
        ReportNetworkPainter::paint(*painter, rect, m_pictures.at(index));
}

} // namespace steward
