// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace steward {

/** What one activity import did (or, on a dry run, would do). */
struct ActivityImportSummary
{
    qint64 batchId = 0; // 0 on a dry run
    QString format;
    bool dryRun = false;
    qint64 messagesRead = 0;
    qint64 interactionsCreated = 0;
    int peopleMatched = 0;
    int peopleCreated = 0;
    QMap<QString, qint64> skipped; // reason -> count
    QStringList warnings;
    QMap<QString, qint64> interactionsByKind;
    QStringList channels; // every channel in the file, chosen or not
    QString firstOccurred;
    QString lastOccurred;

    /** The command line's JSON: batch_id, messages_read, interactions_created, people_matched, people_created,
     * skipped{reason: count}, warnings[], and the preview's extras. */
    QJsonObject toJson() const;
};

} // namespace steward
