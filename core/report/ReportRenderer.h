// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "report/ReportContent.h"

namespace steward {

/** The paper a report is laid out for. */
enum class ReportPaper
{
    A4,
    Letter,
};

/**
 * Turns report content into a PDF file. The core only builds content; drawing needs fonts and (for
 * charts) more than the core may link, so the renderer lives in ui/reports and the program that can
 * draw (steward, steward-cli) installs it at start-up. Without one installed, only HTML can be written.
 */
class ReportRenderer
{
public:
    virtual ~ReportRenderer() = default;
    /** Writes the PDF to path (replaced atomically); nothing is left behind on failure. */
    virtual Status
    writePdf(const ReportContent& content, ReportPaper paper, const QString& path, Progress& progress) const = 0;

    /** The installed renderer, or nullptr. */
    static const ReportRenderer* installed();
    /** Installs a renderer that outlives every use (a static in main); nullptr uninstalls. */
    static void install(const ReportRenderer* renderer);
};

} // namespace steward
