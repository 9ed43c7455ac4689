// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfReportRenderer.h"

#include "report/PdfInfoUpdate.h"
#include "reports/ReportPagePainter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QPdfWriter>
#include <QSaveFile>

namespace steward {

Status PdfReportRenderer::writePdf(const ReportContent& content,
                                   ReportPaper paper,
                                   const QString& path,
                                   Progress& progress) const
{
    const QString title =
        content.subtitle.isEmpty() ? content.title : content.title + QStringLiteral(" - ") + content.subtitle;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        // 300 dpi: fine enough for vector geometry, small enough for the text layout's integer metrics.
        writer.setResolution(300);
        writer.setPageLayout(ReportPagePainter::pageLayout(paper));
        writer.setTitle(title);
        writer.setCreator(content.author);
        auto pages = ReportPagePainter::paint(content, writer, progress);
        if (!pages)
            return Status::failure(pages.errorString());
    }
    // Qt 6.4 cannot set the author: the document properties are rewritten as an incremental update.
    const PdfInfo info{
        title,
        PdfInfoUpdate::systemUserName(),
        content.period,
        content.author,
        QStringLiteral("Steward %1 (Qt %2)").arg(QStringLiteral(STEWARD_VERSION), QString::fromLatin1(qVersion())),
        QDateTime::currentDateTimeUtc()};
    auto pdf = PdfInfoUpdate::apply(buffer.data(), info);
    if (!pdf)
        return Status::failure(pdf.errorString());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit())
        return Status::failure(
            QCoreApplication::translate("PdfReportRenderer", "cannot write '%1': %2").arg(path, file.errorString()));
    return {};
}

} // namespace steward
