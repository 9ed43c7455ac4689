// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace steward {

/**
 * The one progress/cancel interface under every long task (imports, analysis, reports).
 * The GUI implements it over a progress dialog, the CLI over stderr; the default does nothing.
 */
class Progress
{
public:
    virtual ~Progress() = default;
    /** done of total units of the named stage; total 0 means unknown. Called from the working thread. */
    virtual void report(qint64 done, qint64 total, const QString& stage)
    {
        Q_UNUSED(done);
        Q_UNUSED(total);
        Q_UNUSED(stage);
    }
    /** Polled by the task between units; true makes it stop and leave the data as it was. */
    virtual bool isCanceled() const { return false; }

    /** The do-nothing instance for callers that need no progress. */
    static Progress& none();
};

} // namespace steward
