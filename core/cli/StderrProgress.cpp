// SPDX-License-Identifier: GPL-3.0-or-later
#include "StderrProgress.h"

#include "cli/CliCommand.h"

namespace steward {

StderrProgress::StderrProgress(CliContext& context)
    : m_context(context)
{
    m_sinceLastLine.start();
}

void StderrProgress::report(qint64 done, qint64 total, const QString& stage)
{
    // A redraw every 100 ms is plenty for a person and costs nothing measurable.
    if (!m_context.showProgress || m_sinceLastLine.elapsed() < 100)
        return;
    m_sinceLastLine.restart();
    const int percent = total > 0 ? int(done * 100 / total) : 0;
    m_context.err << '\r' << stage << ' ' << percent << '%' << Qt::flush;
    m_wroteLine = true;
}

void StderrProgress::finish()
{
    if (m_wroteLine)
        m_context.err << "\r\033[K" << Qt::flush;
    m_wroteLine = false;
}

} // namespace steward
