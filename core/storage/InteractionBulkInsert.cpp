// SPDX-License-Identifier: GPL-3.0-or-later
#include "InteractionBulkInsert.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace steward {

namespace {

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
               ? *static_cast<sqlite3* const*>(handle.data())
               : nullptr;
}

/** The one-value answer of a query of ours (no user data in it); -1 when there is none. */
qint64 singleValue(sqlite3* db, const char* sql)
{
    sqlite3_stmt* statement = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

void bindUtf8(sqlite3_stmt* statement, int column, const QByteArray& text)
{
    // The bytes outlive the step, so SQLite need not copy them.
    sqlite3_bind_text(statement, column, text.constData(), int(text.size()), SQLITE_STATIC);
}

} // namespace

InteractionBulkInsert::InteractionBulkInsert(
    Database& database, qint64 communityId, const QString& platform, qint64 batchId, qint64 rebuildAfterRows)
    : m_database(database)
    , m_communityId(communityId)
    , m_platform(platform.toUtf8())
    , m_batchId(batchId)
    , m_rebuildAfter(rebuildAfterRows)
{
}

InteractionBulkInsert::~InteractionBulkInsert()
{
    sqlite3_finalize(m_insert);
}

Status InteractionBulkInsert::failure(const char* what) const
{
    return Status::failure(QCoreApplication::translate("InteractionRepository", "Could not save an interaction: %1")
                               .arg(QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : what)));
}

Status InteractionBulkInsert::prepare()
{
    m_db = sqliteHandle(m_database.connection());
    if (!m_db)
        return failure("not an SQLite connection");
    // Deferred foreign keys and OR FAIL spare SQLite a statement journal per row; the keys are still
    // checked at commit, and a single-row insert has no half to keep. defer_foreign_keys ends with the
    // transaction.
    if (sqlite3_exec(m_db, "PRAGMA defer_foreign_keys = ON", nullptr, nullptr, nullptr) != SQLITE_OK)
        return failure("defer_foreign_keys");
    if (m_rebuildAfter >= 0) {
        // max(id) is an index lookup where count(*) would read the whole table; near enough for this.
        m_rebuildAfter = std::max(m_rebuildAfter, singleValue(m_db, "SELECT coalesce(max(id), 0) FROM interaction"));
    }
    const char* sql = "INSERT OR FAIL INTO interaction (community_id, source_id, target_id, kind, platform, channel, "
                      "occurred, weight, batch_id) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)";
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr) != SQLITE_OK)
        return failure("prepare");
    sqlite3_bind_int64(m_insert, 1, m_communityId);
    bindUtf8(m_insert, 5, m_platform);
    if (m_batchId > 0)
        sqlite3_bind_int64(m_insert, 9, m_batchId);
    else
        sqlite3_bind_null(m_insert, 9);
    return {};
}

const QByteArray& InteractionBulkInsert::utf8(int slot, const QString& text)
{
    if (m_cachedText[slot] != text) {
        m_cachedText[slot] = text;
        m_cachedUtf8[slot] = text.toUtf8();
    }
    return m_cachedUtf8[slot];
}

Status InteractionBulkInsert::add(qint64 sourceId,
                                  qint64 targetId,
                                  const QString& kind,
                                  const QString& channel,
                                  const QString& occurred,
                                  double weight)
{
    if (!m_insert) {
        if (Status s = prepare(); !s)
            return s;
    }
    sqlite3_bind_int64(m_insert, 2, sourceId);
    sqlite3_bind_int64(m_insert, 3, targetId);
    bindUtf8(m_insert, 4, utf8(0, kind));
    bindUtf8(m_insert, 6, utf8(1, channel));
    if (occurred.isEmpty()) {
        sqlite3_bind_null(m_insert, 7);
    } else {
        m_occurred = occurred.toUtf8();
        bindUtf8(m_insert, 7, m_occurred);
    }
    sqlite3_bind_double(m_insert, 8, weight);
    const int stepped = sqlite3_step(m_insert);
    sqlite3_reset(m_insert);
    if (stepped != SQLITE_DONE)
        return failure("step");
    if (++m_rows == m_rebuildAfter && m_rebuildAfter > 0)
        dropIndexesIfWorthIt();
    return {};
}

// Indexes led by batch_id or community_id stay: all of this import's rows share both, so their keys arrive
// clustered (at the end of the batch index, in time order per channel in the community one) and keeping them
// up fits in the writer thread's idle time while the reader parses; rebuilding them would lengthen the
// single-threaded end. The source and target indexes take keys at random places and are rebuilt.
void InteractionBulkInsert::dropIndexesIfWorthIt()
{
    sqlite3_stmt* list = nullptr;
    QList<QPair<QByteArray, QByteArray>> indexes; // name, CREATE INDEX statement
    if (sqlite3_prepare_v2(m_db,
                           "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'interaction' "
                           "AND sql IS NOT NULL AND (SELECT name FROM pragma_index_info(sqlite_master.name) "
                           "WHERE seqno = 0) NOT IN ('batch_id', 'community_id') ORDER BY name",
                           -1,
                           &list,
                           nullptr)
        != SQLITE_OK)
        return;
    while (sqlite3_step(list) == SQLITE_ROW)
        indexes.append({QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(list, 0))),
                        QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(list, 1)))});
    sqlite3_finalize(list);
    for (const auto& [name, create] : std::as_const(indexes)) {
        // The name comes from the schema itself; quoted as an identifier all the same.
        const QByteArray drop = "DROP INDEX \"" + QByteArray(name).replace('"', "\"\"") + '"';
        if (sqlite3_exec(m_db, drop.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return; // busy: the remaining indexes stay and are kept up to date row by row
        m_droppedIndexes.append(create);
    }
}

Status InteractionBulkInsert::finish()
{
    sqlite3_finalize(m_insert);
    m_insert = nullptr;
    for (const QByteArray& create : std::as_const(m_droppedIndexes)) {
        if (sqlite3_exec(m_db, create.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return failure("create index");
    }
    return {};
}

} // namespace steward
