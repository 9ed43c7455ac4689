// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "report/ReportContent.h"
#include "report/ReportRenderer.h"

class QPagedPaintDevice;
class QPainter;
class QPageLayout;

namespace steward {

/**
 * Paints report content page by page on a paged device (QPdfWriter, QPrinter): a header with the
 * title and period, the body, a footer with the note and "Page n of m". The cover page has neither.
 */
class ReportPagePainter
{
public:
    /** The page layout reports use on the given paper (portrait, margins in millimetres). */
    static QPageLayout pageLayout(ReportPaper paper);
    /** Paints every page; the device's page layout must be set. Returns the number of pages. */
    static Result<int> paint(const ReportContent& content, QPagedPaintDevice& device, Progress& progress);

private:
    static void paintHeader(QPainter& painter, const ReportContent& content, const QRectF& band);
    static void paintFooter(QPainter& painter, const ReportContent& content, const QRectF& band, int page, int pages);
};

} // namespace steward
