// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace steward {

/** One row an edit inserted, updated or deleted (itself or through cascades), with its content before and after. */
struct RowChange
{
    enum class Kind
    {
        Inserted,
        Updated,
        Deleted,
    };
    struct Image
    {
        QVariant rowId; // null for WITHOUT ROWID tables, which are keyed by their primary key
        QVariantList values;
    };
    QString table;
    Kind kind = Kind::Updated;
    Image before; // Updated and Deleted
    Image after;  // Inserted and Updated
};

/**
 * Records every row change on this connection while it runs, through temporary triggers on every table
 * of the schema (so tables added later are covered, and so are rows that foreign-key actions and the
 * schema's own triggers touch), and replays them backwards to undo. Values are kept exactly as stored.
 * Use it inside a Transaction: a rollback takes the temporary triggers away too.
 */
class RowChangeJournal
{
public:
    explicit RowChangeJournal(QSqlDatabase db);
    ~RowChangeJournal();
    RowChangeJournal(const RowChangeJournal&) = delete;
    RowChangeJournal& operator=(const RowChangeJournal&) = delete;

    /** Starts recording. */
    Status start();
    /** Stops recording and returns the changes in the order they happened. */
    Result<QList<RowChange>> finish();

    /** Undoes the changes, newest first, so that every table holds exactly what it held before. */
    static Status revert(const QSqlDatabase& db, const QList<RowChange>& changes);

private:
    void dropTriggers();

    QSqlDatabase m_db;
    QString m_table;
    QStringList m_triggers;
    bool m_recording = false;
};

} // namespace steward
