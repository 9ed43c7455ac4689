// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportRenderer.h"

namespace steward {

/** Report content to a PDF file with QPdfWriter: A4 or Letter, fonts embedded, title and creator set. */
class PdfReportRenderer : public ReportRenderer
{
public:
    Status
    writePdf(const ReportContent& content, ReportPaper paper, const QString& path, Progress& progress) const override;
};

} // namespace steward
