// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityImportJob.h"

#include "storage/Database.h"

#include <QtConcurrent>

namespace steward {

ActivityImportJob::ActivityImportJob(QString databasePath, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_clock(clock)
    , m_progress(std::make_unique<WorkerProgress>())
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ActivityImportJob::finished);
}

ActivityImportJob::~ActivityImportJob()
{
    m_progress->cancel();
    m_watcher.waitForFinished();
}

void ActivityImportJob::start(const ActivityImportRequest& request)
{
    Q_ASSERT(!isRunning());
    // A fresh progress per run: a cancelled run must not cancel the next one.
    m_progress = std::make_unique<WorkerProgress>();
    m_watcher.setFuture(
        QtConcurrent::run(&ActivityImportJob::run, m_databasePath, &m_clock, request, m_progress.get()));
}

ActivityImportJob::Outcome
ActivityImportJob::run(QString databasePath, const Clock* clock, ActivityImportRequest request, Progress* progress)
{
    Outcome outcome;
    auto database = Database::open(databasePath, Database::OpenMode::ExistingOnly);
    if (!database) {
        outcome.summary = Result<ActivityImportSummary>::failure(database.errorString());
        return outcome;
    }
    outcome.summary = ActivityImporter(**database, *clock, *progress).run(request);
    return outcome;
}

} // namespace steward
