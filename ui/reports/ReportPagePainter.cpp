// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPagePainter.h"

#include "reports/ReportTextDocument.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>

namespace steward {

namespace {

QFont bandFont(double points)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(points);
    font.setStyleStrategy(QFont::PreferNoShaping); // no ligatures: the text stays searchable
    return font;
}

} // namespace

QPageLayout ReportPagePainter::pageLayout(ReportPaper paper)
{
    return QPageLayout(QPageSize(paper == ReportPaper::Letter ? QPageSize::Letter : QPageSize::A4),
                       QPageLayout::Portrait,
                       QMarginsF(18, 12, 18, 12),
                       QPageLayout::Millimeter);
}

void ReportPagePainter::paintHeader(QPainter& painter, const ReportContent& content, const QRectF& band)
{
    painter.setFont(bandFont(7.5));
    painter.setPen(QColor(0x6b, 0x77, 0x85));
    const QString left =
        content.subtitle.isEmpty() ? content.title : content.title + QStringLiteral(" - ") + content.subtitle;
    painter.drawText(band, Qt::AlignLeft | Qt::AlignTop, left);
    painter.drawText(band, Qt::AlignRight | Qt::AlignTop, content.period);
    painter.setPen(QPen(QColor(0xc5, 0xd3, 0xe0), band.height() * 0.03));
    painter.drawLine(QPointF(band.left(), band.bottom() - band.height() * 0.25),
                     QPointF(band.right(), band.bottom() - band.height() * 0.25));
}

void ReportPagePainter::paintFooter(
    QPainter& painter, const ReportContent& content, const QRectF& band, int page, int pages)
{
    painter.setFont(bandFont(7.5));
    painter.setPen(QColor(0x6b, 0x77, 0x85));
    painter.drawText(
        band, Qt::AlignLeft | Qt::AlignBottom, content.footerNote.isEmpty() ? content.author : content.footerNote);
    painter.drawText(band,
                     Qt::AlignRight | Qt::AlignBottom,
                     QCoreApplication::translate("ReportPagePainter", "Page %1 of %2").arg(page).arg(pages));
}

Result<int> ReportPagePainter::paint(const ReportContent& content, QPagedPaintDevice& device, Progress& progress)
{
    const QRectF paintRect = device.pageLayout().paintRectPixels(device.logicalDpiY());
    const double band = 16.0 * device.logicalDpiY() / 72.0;
    const QSizeF body(paintRect.width(), paintRect.height() - 2 * band);
    ReportTextDocument text(content, device, body);
    QTextDocument& document = text.document();
    const int pages = document.pageCount();
    QPainter painter;
    if (!painter.begin(&device))
        return Result<int>::failure(QCoreApplication::translate("ReportPagePainter", "cannot start drawing the pages"));
    const QString stage = QCoreApplication::translate("ReportPagePainter", "Drawing pages");
    for (int page = 0; page < pages; ++page) {
        if (progress.isCanceled())
            return Result<int>::failure(QCoreApplication::translate("ReportPagePainter", "cancelled"));
        progress.report(page, pages, stage);
        if (page > 0)
            device.newPage();
        const bool cover = content.cover && page == 0;
        if (!cover)
            paintHeader(painter, content, QRectF(0, 0, body.width(), band));
        painter.save();
        painter.translate(0, band - page * body.height());
        const QRectF visible(0, page * body.height(), body.width(), body.height());
        document.drawContents(&painter, visible);
        painter.restore();
        paintFooter(painter, content, QRectF(0, band + body.height(), body.width(), band), page + 1, pages);
    }
    painter.end();
    progress.report(pages, pages, stage);
    return pages;
}

} // namespace steward
