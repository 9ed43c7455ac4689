// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkerProgress.h"
#include "import/activity/ActivityImporter.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace steward {

class Clock;

/**
 * One activity import (or dry run) in a worker thread, on the thread's own connection to the workspace
 * file (a connection may not cross threads). Progress and Cancel go through a WorkerProgress.
 */
class ActivityImportJob : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        Result<ActivityImportSummary> summary = Result<ActivityImportSummary>::failure({});
    };

    ActivityImportJob(QString databasePath, const Clock& clock, QObject* parent = nullptr);
    /** Cancels a running import and waits for it: an import cancelled midway leaves nothing behind. */
    ~ActivityImportJob() override;

    void start(const ActivityImportRequest& request);
    bool isRunning() const { return m_watcher.isRunning(); }
    void cancel() { m_progress->cancel(); }
    const WorkerProgress& progress() const { return *m_progress; }
    /** The outcome of the last run; only valid after finished(). */
    Result<ActivityImportSummary> result() const { return m_watcher.result().summary; }

signals:
    void finished();

private:
    static Outcome run(QString databasePath, const Clock* clock, ActivityImportRequest request, Progress* progress);

    QString m_databasePath;
    const Clock& m_clock;
    std::unique_ptr<WorkerProgress> m_progress;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace steward
