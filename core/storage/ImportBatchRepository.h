// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/ImportBatch.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace steward {

class Database;

/** Import batches: recording them, listing them, and undoing one with everything it brought in. */
class ImportBatchRepository
{
public:
    explicit ImportBatchRepository(const Database& database);

    Result<qint64> add(const ImportBatch& batch);
    /** Records that the batch created a person and/or opened a membership (0 when it did not). */
    Status recordPerson(qint64 batchId, qint64 personId, bool createdPerson, qint64 membershipId);
    Status setRows(qint64 batchId, int rows);
    /** All batches, newest first. */
    Result<QList<ImportBatch>> all() const;
    Result<std::optional<ImportBatch>> find(qint64 id) const;

    /**
     * Removes the batch in one transaction: its interactions and outcomes, then the observer
     * memberships it opened (unless their level changed since) and the people it created (unless
     * anything else refers to them now).
     */
    Result<ImportUndoSummary> undo(qint64 batchId);

    // Activity imports (schema 6).
    Status addActivity(const ActivityBatch& activity);
    /** The activity summary of a batch; nullopt for a batch of another kind. */
    Result<std::optional<ActivityBatch>> activity(qint64 batchId) const;
    Status flagUnmatched(const UnmatchedPerson& person);
    /** People created by activity imports and not yet merged, oldest first. */
    Result<QList<UnmatchedPerson>> unmatched() const;
    Status clearUnmatched(qint64 personId);
    /** Notes that the batch wrote an external id onto a person who existed before it (undo clears it). */
    Status recordExternalId(qint64 batchId, qint64 personId, const QString& platform);
    /**
     * The connection's page cache in KiB (SQLite's cache_size), for a bulk import whose index pages would
     * otherwise spill to the WAL mid-transaction; returns the previous value so the caller restores it.
     */
    Result<qint64> setCacheKib(qint64 kib);

private:
    Result<int> removeMemberships(qint64 batchId);
    Result<std::pair<int, int>> removePeople(qint64 batchId);
    Result<bool> isReferenced(qint64 personId) const;
    QSqlDatabase m_db;
};

} // namespace steward
