// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfReportRenderer.h"

#include "reports/ReportPagePainter.h"

#include <QCoreApplication>
#include <QPdfWriter>
#include <QSaveFile>

namespace steward {

Status PdfReportRenderer::writePdf(const ReportContent& content,
                                   ReportPaper paper,
                                   const QString& path,
                                   Progress& progress) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(
            QCoreApplication::translate("PdfReportRenderer", "cannot write '%1': %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        // 300 dpi: fine enough for vector geometry, small enough for the text layout's integer metrics.
        writer.setResolution(300);
        writer.setPageLayout(ReportPagePainter::pageLayout(paper));
        writer.setTitle(content.subtitle.isEmpty() ? content.title
                                                   : content.title + QStringLiteral(" - ") + content.subtitle);
        writer.setCreator(content.author);
        auto pages = ReportPagePainter::paint(content, writer, progress);
        if (!pages) {
            file.cancelWriting();
            return Status::failure(pages.errorString());
        }
    }
    if (!file.commit())
        return Status::failure(
            QCoreApplication::translate("PdfReportRenderer", "cannot write '%1': %2").arg(path, file.errorString()));
    return {};
}

} // namespace steward
