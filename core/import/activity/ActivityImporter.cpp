// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityImporter.h"

#include "import/activity/ActivityQueueSink.h"
#include "import/activity/ActivityWriter.h"
#include "import/activity/DiscordParser.h"
#include "import/activity/GithubReviewsParser.h"
#include "import/activity/PersonMatcher.h"
#include "import/activity/SlackExportParser.h"
#include "import/activity/SurveyCsvParser.h"
#include "import/activity/TeamsParser.h"
#include "import/activity/WindowedFileReader.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/ImportBatchRepository.h"
#include "storage/PersonRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>

#include <thread>

namespace steward {

namespace {

constexpr qint64 kImportCacheKib = 192 * 1024;
/** Chunks the reader may be ahead of the writer (each about 8,000 ties): bounds the memory. */
constexpr int kQueuedChunks = 4;
/** How often the writer looks at Cancel while it waits for the reader. */
constexpr int kCancelPollMs = 100;

QString cancelledMessage()
{
    return QCoreApplication::translate("ActivityImporter", "The import was cancelled; nothing was changed.");
}

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString compactJson(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

void fillSummary(const ActivitySink& parsed, const ActivityWriter& writer, ActivityImportSummary& summary)
{
    summary.messagesRead = parsed.messagesRead();
    summary.interactionsCreated = parsed.interactionsAccepted();
    summary.peopleMatched = writer.peopleMatched();
    summary.peopleCreated = writer.peopleCreated();
    summary.skipped = parsed.skipped();
    summary.warnings = parsed.warnings();
    summary.interactionsByKind = parsed.interactionsByKind();
    summary.channels = parsed.channelsSeen();
    summary.firstOccurred = parsed.firstOccurred();
    summary.lastOccurred = parsed.lastOccurred();
}

ActivityBatch activityRecord(const ActivityImportSummary& summary)
{
    const QJsonObject json = summary.toJson();
    ActivityBatch record;
    record.batchId = summary.batchId;
    record.format = summary.format;
    record.messagesRead = summary.messagesRead;
    record.interactionsCreated = summary.interactionsCreated;
    record.peopleMatched = summary.peopleMatched;
    record.peopleCreated = summary.peopleCreated;
    record.skippedJson = compactJson(json.value(QStringLiteral("skipped")).toObject());
    record.warningsJson = compactJson(json.value(QStringLiteral("warnings")).toArray());
    record.channelsJson = compactJson(json.value(QStringLiteral("channels")).toArray());
    record.firstOccurred = summary.firstOccurred;
    record.lastOccurred = summary.lastOccurred;
    return record;
}

/** The summary of what the writer did, recorded with the batch (rows and the activity_batch row). */
Result<ActivityImportSummary> recordSummary(const ActivityImportRequest& request,
                                            const ActivitySink& parsed,
                                            const ActivityWriter& writer,
                                            qint64 batchId,
                                            ImportBatchRepository& batches)
{
    ActivityImportSummary summary;
    summary.format = activityFormatName(request.format);
    summary.dryRun = request.dryRun;
    summary.batchId = batchId;
    fillSummary(parsed, writer, summary);
    for (const QString& channel : request.channels) {
        if (!summary.channels.contains(channel))
            summary.warnings.append(
                QCoreApplication::translate("ActivityImporter", "The channel '%1' is not in the file").arg(channel));
    }
    if (summary.interactionsCreated == 0)
        summary.warnings.append(QCoreApplication::translate("ActivityImporter", "The file gave no interactions"));
    Status saved = batches.setRows(batchId, int(std::min<qint64>(summary.interactionsCreated, INT_MAX)));
    if (saved)
        saved = batches.addActivity(activityRecord(summary));
    if (!saved)
        return Result<ActivityImportSummary>::failure(saved.errorString());
    return summary;
}

} // namespace

ActivityImporter::ActivityImporter(Database& database, const Clock& clock, Progress& progress)
    : m_database(database)
    , m_clock(clock)
    , m_progress(progress)
{
}

Status ActivityImporter::parse(ActivityFormat format, QIODevice* device, const QString& fileName, ActivitySink& sink)
{
    if (format == ActivityFormat::Slack)
        return SlackExportParser(sink).parseArchive(device, fileName);
    if (device->size() > kMaxFileBytes)
        return Status::failure(QCoreApplication::translate("ActivityImporter", "%1: the file is larger than %2 MB")
                                   .arg(fileName)
                                   .arg(kMaxFileBytes / (1024 * 1024)));
    const QByteArray data = device->readAll();
    switch (format) {
    case ActivityFormat::Discord:
        return DiscordParser(sink).parse(data, fileName);
    case ActivityFormat::Teams:
        return TeamsParser(sink).parse(data, fileName);
    case ActivityFormat::GithubReviews:
        return GithubReviewsParser(sink).parse(data, fileName);
    case ActivityFormat::Survey:
    case ActivityFormat::Slack:
        break;
    }
    return SurveyCsvParser(sink).parse(data, fileName);
}

/**
 * The pipeline: a second thread inflates and parses the file and applies the rules (the reader), this thread
 * - the one that owns the database connection and answers Cancel - matches people and writes the ties
 * (the writer). They meet in a bounded queue. Whichever side fails or is cancelled stops the other; the
 * reader is always joined before this returns, and nothing is committed here.
 */
Status ActivityImporter::readAndWrite(const ActivityImportRequest& request,
                                      QFile* file,
                                      const QString& fileName,
                                      ActivityQueueSink& parsed,
                                      ActivityWriter& writer)
{
    ActivityChunkQueue& queue = parsed.queue();
    // A ZIP is read by seeking back and forth (see WindowedFileReader): a sixth of the reader's time through
    // QFile's own small read-ahead on a large Slack export.
    WindowedFileReader windowed(*file);
    QIODevice* device = file;
    if (request.format == ActivityFormat::Slack && windowed.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        device = &windowed;
    Status read;
    std::thread reader([&] {
        read = parse(request.format, device, fileName, parsed);
        parsed.finish();
    });
    const Status written = writeAll(queue, writer, fileName);
    queue.stop(); // wakes a reader waiting for room; it stops at its next progress report
    reader.join();
    if (!written)
        return written;
    if (m_progress.isCanceled())
        return Status::failure(cancelledMessage());
    return read;
}

Status ActivityImporter::writeAll(ActivityChunkQueue& queue, ActivityWriter& writer, const QString& fileName)
{
    const QString stage = QCoreApplication::translate("ActivityWriter", "Importing");
    ActivityChunk chunk;
    for (;;) {
        const ActivityChunkQueue::Pop popped = queue.pop(chunk, kCancelPollMs);
        if (popped == ActivityChunkQueue::Pop::Finished)
            return {};
        if (popped == ActivityChunkQueue::Pop::Chunk) {
            if (Status s = writer.write(chunk); !s)
                return Status::failure(QStringLiteral("%1: %2").arg(fileName, s.errorString()));
            if (chunk.done > 0 || chunk.total > 0)
                m_progress.report(chunk.done, chunk.total, stage);
        }
        if (m_progress.isCanceled())
            return Status::failure(cancelledMessage());
    }
}

Result<ActivityImportSummary> ActivityImporter::run(const ActivityImportRequest& request)
{
    using R = Result<ActivityImportSummary>;
    auto community = CommunityRepository(m_database).findByName(request.communityName.trimmed());
    if (!community)
        return R::failure(community.errorString());
    if (!community->has_value())
        return R::failure(QCoreApplication::translate("ActivityImporter", "There is no community named '%1'.")
                              .arg(request.communityName));
    QFile file(request.path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(QCoreApplication::translate("ActivityImporter", "%1: cannot read the file: %2")
                              .arg(request.path, file.errorString()));
    auto people = PersonRepository(m_database).all();
    if (!people)
        return R::failure(people.errorString());
    const QString platform = activityPlatform(request.format);
    PersonMatcher matcher(*people, platform);
    const QString fileName = QFileInfo(request.path).fileName();

    ImportBatchRepository batches(m_database);
    // A large page cache keeps the interaction indexes in memory for the whole transaction; restored after.
    auto previousCache = batches.setCacheKib(kImportCacheKib);
    auto restoreCache = qScopeGuard([&] {
        if (previousCache)
            batches.setCacheKib(*previousCache);
    });
    Transaction transaction(m_database.connection());
    if (!transaction.isActive())
        return R::failure(transaction.errorString());
    auto batchId = batches.add({0, QStringLiteral("interactions"), fileName, (*community)->id, m_clock.now(), 0});
    if (!batchId)
        return R::failure(batchId.errorString());
    ActivityWriter writer(m_database, (*community)->id, *batchId, platform, matcher, request.rebuildIndexesAfterRows);
    ActivityChunkQueue queue(kQueuedChunks);
    ActivityQueueSink parsed(queue);
    parsed.setChannels(request.channels);
    if (Status s = readAndWrite(request, &file, fileName, parsed, writer); !s)
        return R::failure(s.errorString());
    parsed.absorbNotes(writer.notes());
    m_progress.report(0, 0, QCoreApplication::translate("ActivityImporter", "Saving"));
    if (Status s = writer.finish(m_clock.today(), fileName); !s)
        return R::failure(QStringLiteral("%1: %2").arg(fileName, s.errorString()));

    auto summary = recordSummary(request, parsed, writer, *batchId, batches);
    if (!summary)
        return summary;
    if (request.dryRun) {
        summary->batchId = 0; // the transaction rolls back when it goes out of scope
        return summary;
    }
    if (Status s = transaction.commit(); !s)
        return R::failure(s.errorString());
    return summary;
}

} // namespace steward
