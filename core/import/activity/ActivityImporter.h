// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Progress.h"
#include "common/Result.h"
#include "import/activity/ActivityFormat.h"
#include "import/activity/ActivityImportSummary.h"
#include "storage/InteractionBulkInsert.h"

#include <QStringList>

class QFile;
class QIODevice;

namespace steward {

class ActivityChunkQueue;
class ActivityQueueSink;
class ActivitySink;
class ActivityWriter;
class Database;

/** What to import and how. */
struct ActivityImportRequest
{
    ActivityFormat format = ActivityFormat::Slack;
    QString path;
    QString communityName;
    QStringList channels; // empty: every channel
    bool dryRun = false;
    /** After how many rows the interaction indexes are dropped and rebuilt at the end (tests, benchmarks). */
    qint64 rebuildIndexesAfterRows = InteractionBulkInsert::kDefaultRebuildAfterRows;
};

/**
 * Imports one activity file as one batch, all or nothing: the batch, the people created, the
 * external ids stored, the ties and the observer memberships are written in ONE transaction that
 * is committed only when the whole file was read without error and nobody cancelled. A dry run does
 * the same work and rolls it back, so its counts are the real ones. Undo with ImportBatchRepository::undo().
 */
class ActivityImporter
{
public:
    ActivityImporter(Database& database, const Clock& clock, Progress& progress = Progress::none());

    Result<ActivityImportSummary> run(const ActivityImportRequest& request);

    /** Reads a file of the format into a sink (the parsers' one entry point, also for the fuzz targets). */
    static Status parse(ActivityFormat format, QIODevice* device, const QString& fileName, ActivitySink& sink);
    /** The largest single JSON or CSV file read (a Slack archive is read entry by entry). */
    static constexpr qint64 kMaxFileBytes = 1024LL * 1024 * 1024;

private:
    /** Reads the file on a second thread while this one writes what it read; see run(). */
    Status readAndWrite(const ActivityImportRequest& request,
                        QFile* file,
                        const QString& fileName,
                        ActivityQueueSink& parsed,
                        ActivityWriter& writer);
    Status writeAll(ActivityChunkQueue& queue, ActivityWriter& writer, const QString& fileName);

    Database& m_database;
    const Clock& m_clock;
    Progress& m_progress;
};

} // namespace steward
