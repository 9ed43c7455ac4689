// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace steward {

class Database;

/**
 * Writes the interactions of one activity import (millions of rows) as fast as SQLite goes: one statement
 * prepared once for the whole import, the columns that never change (community, platform, batch) bound
 * once, text bound as UTF-8 without copies. The caller holds the transaction.
 *
 * Once an import has written more rows than the table had before (and at least rebuildAfterRows), the
 * indexes on source and target are dropped and built again by finish(): sorting their keys once is about
 * half the work of random B-tree inserts (those led by batch or community, whose keys come clustered, stay
 * and are kept up row by row). Both happen inside the caller's
 * transaction, so a rollback (an error, a cancel) brings the indexes back exactly as they were. Should the
 * drop not be possible (another statement busy on the connection), the rows simply go in with the indexes.
 */
class InteractionBulkInsert
{
public:
    /** The default for rebuildAfterRows: below this many rows, keeping the indexes is as fast. */
    static constexpr qint64 kDefaultRebuildAfterRows = 50'000;

    InteractionBulkInsert(Database& database,
                          qint64 communityId,
                          const QString& platform,
                          qint64 batchId,
                          qint64 rebuildAfterRows = kDefaultRebuildAfterRows);
    ~InteractionBulkInsert();
    InteractionBulkInsert(const InteractionBulkInsert&) = delete;
    InteractionBulkInsert& operator=(const InteractionBulkInsert&) = delete;

    /** One row; occurred empty means unknown (NULL). */
    Status add(qint64 sourceId,
               qint64 targetId,
               const QString& kind,
               const QString& channel,
               const QString& occurred,
               double weight);
    /** Builds the indexes again if they were dropped. */
    Status finish();
    qint64 rowsWritten() const { return m_rows; }
    bool indexesRebuilt() const { return !m_droppedIndexes.isEmpty(); }

private:
    Status prepare();
    Status failure(const char* what) const;
    void dropIndexesIfWorthIt();
    /** UTF-8 of a text column, cached: kinds and channels repeat from row to row. */
    const QByteArray& utf8(int slot, const QString& text);

    Database& m_database;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_insert = nullptr;
    qint64 m_communityId;
    QByteArray m_platform;
    qint64 m_batchId;
    qint64 m_rebuildAfter;
    qint64 m_rows = 0;
    QString m_error;
    QString m_cachedText[2];
    QByteArray m_cachedUtf8[2];
    QByteArray m_occurred;
    QList<QByteArray> m_droppedIndexes; // the CREATE INDEX statements to run again
};

} // namespace steward
