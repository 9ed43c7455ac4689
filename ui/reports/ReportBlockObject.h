// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportContent.h"

#include <QObject>
#include <QTextObjectInterface>

namespace steward {

/**
 * Charts and network pictures inside the report's QTextDocument: an object character whose format
 * names the chart or picture; drawn with ReportChartPainter/ReportNetworkPainter as vectors.
 */
class ReportBlockObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int kChartType = QTextFormat::UserObject + 81;
    static constexpr int kNetworkType = QTextFormat::UserObject + 82;
    static constexpr int kIndexProperty = QTextFormat::UserProperty + 81;

    ReportBlockObject(double width, double dpi, QObject* parent = nullptr);

    /** Keeps the chart and returns the format of the character that shows it. */
    QTextCharFormat add(const ReportChart& chart);
    QTextCharFormat add(const ReportNetworkPicture& picture);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter,
                    const QRectF& rect,
                    QTextDocument* document,
                    int position,
                    const QTextFormat& format) override;

private:
    double m_width = 0;
    double m_dpi = 72;
    QList<ReportChart> m_charts;
    QList<ReportNetworkPicture> m_pictures;
};

} // namespace steward
