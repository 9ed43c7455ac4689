// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Progress.h"

#include <QElapsedTimer>

namespace steward {

struct CliContext;

/** Progress on stderr for the CLI: one rewritten line, only when stderr is a terminal. */
class StderrProgress : public Progress
{
public:
    explicit StderrProgress(CliContext& context);
    void report(qint64 done, qint64 total, const QString& stage) override;
    /** Ends the progress line so later output starts on a fresh line. */
    void finish();

private:
    CliContext& m_context;
    QElapsedTimer m_sinceLastLine;
    bool m_wroteLine = false;
};

} // namespace steward
