// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportBatchRepository.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace steward {

namespace {

const QString kColumns = QStringLiteral("id, kind, file, community_id, imported_at, rows");

ImportBatch batchFromRow(const QSqlQuery& q)
{
    ImportBatch b;
    b.id = q.value(0).toLongLong();
    b.kind = q.value(1).toString();
    b.file = q.value(2).toString();
    b.communityId = q.value(3).toLongLong();
    b.importedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    b.rows = q.value(5).toInt();
    return b;
}

Result<qint64> removedRows(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    auto query = runQuery(db, sql, values);
    if (!query)
        return Result<qint64>::failure(query.errorString());
    return qint64(query->numRowsAffected());
}

} // namespace

ImportBatchRepository::ImportBatchRepository(const Database& database)
    : m_db(database.connection())
{
}

Result<qint64> ImportBatchRepository::add(const ImportBatch& batch)
{
    auto query =
        runQuery(m_db,
                 QStringLiteral("INSERT INTO import_batch (kind, file, community_id, imported_at, rows) "
                                "VALUES (?,?,?,?,?)"),
                 {batch.kind,
                  sqlText(batch.file),
                  batch.communityId > 0 ? QVariant(batch.communityId) : QVariant(QMetaType(QMetaType::LongLong)),
                  batch.importedAt.toUTC().toString(Qt::ISODate),
                  batch.rows});
    if (!query)
        return Result<qint64>::failure(
            QCoreApplication::translate("ImportBatchRepository", "Could not record the import: %1")
                .arg(query.errorString()));
    return query->lastInsertId().toLongLong();
}

Status ImportBatchRepository::recordPerson(qint64 batchId, qint64 personId, bool createdPerson, qint64 membershipId)
{
    auto query = runQuery(m_db,
                          QStringLiteral("INSERT INTO import_batch_person (batch_id, person_id, created_person, "
                                         "membership_id) VALUES (?,?,?,?)"),
                          {batchId,
                           personId,
                           createdPerson ? 1 : 0,
                           membershipId > 0 ? QVariant(membershipId) : QVariant(QMetaType(QMetaType::LongLong))});
    return query ? Status() : Status::failure(query.errorString());
}

Status ImportBatchRepository::setRows(qint64 batchId, int rows)
{
    auto query = runQuery(m_db, QStringLiteral("UPDATE import_batch SET rows = ? WHERE id = ?"), {rows, batchId});
    return query ? Status() : Status::failure(query.errorString());
}

Result<QList<ImportBatch>> ImportBatchRepository::all() const
{
    using R = Result<QList<ImportBatch>>;
    auto query = runQuery(m_db, QStringLiteral("SELECT %1 FROM import_batch ORDER BY id DESC").arg(kColumns));
    if (!query)
        return R::failure(query.errorString());
    QList<ImportBatch> batches;
    while (query->next())
        batches.append(batchFromRow(*query));
    return batches;
}

Result<std::optional<ImportBatch>> ImportBatchRepository::find(qint64 id) const
{
    using R = Result<std::optional<ImportBatch>>;
    auto query = runQuery(m_db, QStringLiteral("SELECT %1 FROM import_batch WHERE id = ?").arg(kColumns), {id});
    if (!query)
        return R::failure(query.errorString());
    if (!query->next())
        return R(std::nullopt);
    return R(batchFromRow(*query));
}

Result<ImportUndoSummary> ImportBatchRepository::undo(qint64 batchId)
{
    using R = Result<ImportUndoSummary>;
    auto batch = find(batchId);
    if (!batch)
        return R::failure(batch.errorString());
    if (!batch->has_value())
        return R::failure(
            QCoreApplication::translate("ImportBatchRepository", "There is no import batch %1.").arg(batchId));
    ImportUndoSummary summary;
    summary.batch = **batch;
    Transaction transaction(m_db);
    auto interactions = removedRows(m_db, QStringLiteral("DELETE FROM interaction WHERE batch_id = ?"), {batchId});
    auto outcomes = removedRows(m_db, QStringLiteral("DELETE FROM outcome WHERE batch_id = ?"), {batchId});
    if (!interactions || !outcomes)
        return R::failure(interactions ? outcomes.errorString() : interactions.errorString());
    summary.interactions = *interactions;
    summary.outcomes = *outcomes;
    auto memberships = removeMemberships(batchId);
    if (!memberships)
        return R::failure(memberships.errorString());
    summary.memberships = *memberships;
    auto people = removePeople(batchId);
    if (!people)
        return R::failure(people.errorString());
    summary.people = people->first;
    summary.keptPeople = people->second;
    if (auto removed = runQuery(m_db, QStringLiteral("DELETE FROM import_batch WHERE id = ?"), {batchId}); !removed)
        return R::failure(removed.errorString());
    if (Status s = transaction.commit(); !s)
        return R::failure(s.errorString());
    return summary;
}

Status ImportBatchRepository::addActivity(const ActivityBatch& a)
{
    auto query = runQuery(m_db,
                          QStringLiteral("INSERT INTO activity_batch (batch_id, format, messages_read, "
                                         "interactions_created, people_matched, people_created, skipped, warnings, "
                                         "channels, first_occurred, last_occurred) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                          {a.batchId,
                           a.format,
                           a.messagesRead,
                           a.interactionsCreated,
                           a.peopleMatched,
                           a.peopleCreated,
                           a.skippedJson,
                           a.warningsJson,
                           a.channelsJson,
                           sqlOptionalText(a.firstOccurred),
                           sqlOptionalText(a.lastOccurred)});
    return query ? Status() : Status::failure(query.errorString());
}

Result<std::optional<ActivityBatch>> ImportBatchRepository::activity(qint64 batchId) const
{
    using R = Result<std::optional<ActivityBatch>>;
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT format, messages_read, interactions_created, people_matched, "
                                     "people_created, skipped, warnings, channels, first_occurred, last_occurred "
                                     "FROM activity_batch WHERE batch_id = ?"),
                      {batchId});
    if (!q)
        return R::failure(q.errorString());
    if (!q->next())
        return R(std::nullopt);
    return R(ActivityBatch{batchId,
                           q->value(0).toString(),
                           q->value(1).toLongLong(),
                           q->value(2).toLongLong(),
                           q->value(3).toInt(),
                           q->value(4).toInt(),
                           q->value(5).toString(),
                           q->value(6).toString(),
                           q->value(7).toString(),
                           q->value(8).toString(),
                           q->value(9).toString()});
}

Status ImportBatchRepository::flagUnmatched(const UnmatchedPerson& p)
{
    auto query =
        runQuery(m_db,
                 QStringLiteral("INSERT OR REPLACE INTO unmatched_person (person_id, batch_id, platform, "
                                "external_id, external_name, suggested_person_id) VALUES (?,?,?,?,?,?)"),
                 {p.personId,
                  p.batchId,
                  p.platform,
                  sqlText(p.externalId),
                  sqlText(p.externalName),
                  p.suggestedPersonId > 0 ? QVariant(p.suggestedPersonId) : QVariant(QMetaType(QMetaType::LongLong))});
    return query ? Status() : Status::failure(query.errorString());
}

Result<QList<UnmatchedPerson>> ImportBatchRepository::unmatched() const
{
    using R = Result<QList<UnmatchedPerson>>;
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT person_id, batch_id, platform, external_id, external_name, "
                                     "suggested_person_id FROM unmatched_person ORDER BY batch_id, person_id"));
    if (!q)
        return R::failure(q.errorString());
    QList<UnmatchedPerson> people;
    while (q->next())
        people.append({q->value(0).toLongLong(),
                       q->value(1).toLongLong(),
                       q->value(2).toString(),
                       q->value(3).toString(),
                       q->value(4).toString(),
                       q->value(5).toLongLong()});
    return people;
}

Status ImportBatchRepository::clearUnmatched(qint64 personId)
{
    auto query = runQuery(m_db, QStringLiteral("DELETE FROM unmatched_person WHERE person_id = ?"), {personId});
    return query ? Status() : Status::failure(query.errorString());
}

Status ImportBatchRepository::recordExternalId(qint64 batchId, qint64 personId, const QString& platform)
{
    auto query = runQuery(
        m_db,
        QStringLiteral("INSERT INTO activity_batch_external_id (batch_id, person_id, platform) VALUES (?,?,?)"),
        {batchId, personId, platform});
    return query ? Status() : Status::failure(query.errorString());
}

Result<qint64> ImportBatchRepository::setCacheKib(qint64 kib)
{
    auto current = runQuery(m_db, QStringLiteral("PRAGMA cache_size"));
    if (!current || !current->next())
        return Result<qint64>::failure(current.errorString());
    const qint64 previous = current->value(0).toLongLong();
    const qint64 previousKib = previous < 0 ? -previous : previous * 4; // pages of 4 KiB when positive
    // PRAGMA takes no bound values; the number is ours, not user data.
    if (auto set = runQuery(m_db, QStringLiteral("PRAGMA cache_size = -%1").arg(kib)); !set)
        return Result<qint64>::failure(set.errorString());
    return previousKib;
}

// A membership the batch opened goes too, unless its level moved on since (then it is the steward's now).
Result<int> ImportBatchRepository::removeMemberships(qint64 batchId)
{
    auto removed = removedRows(m_db,
                               QStringLiteral("DELETE FROM membership WHERE id IN (SELECT membership_id FROM "
                                              "import_batch_person WHERE batch_id = ?) AND level = 'observer' AND "
                                              "(SELECT count(*) FROM level_change WHERE membership_id = membership.id) "
                                              "<= 1"),
                               {batchId});
    if (!removed)
        return Result<int>::failure(removed.errorString());
    return int(*removed);
}

Result<std::pair<int, int>> ImportBatchRepository::removePeople(qint64 batchId)
{
    using R = Result<std::pair<int, int>>;
    auto created =
        runQuery(m_db,
                 QStringLiteral("SELECT person_id FROM import_batch_person WHERE batch_id = ? AND created_person = 1"),
                 {batchId});
    if (!created)
        return R::failure(created.errorString());
    QList<qint64> ids;
    while (created->next())
        ids.append(created->value(0).toLongLong());
    std::pair<int, int> counts{0, 0};
    for (qint64 id : std::as_const(ids)) {
        auto referenced = isReferenced(id);
        if (!referenced)
            return R::failure(referenced.errorString());
        if (*referenced) {
            ++counts.second;
            continue;
        }
        if (auto removed = runQuery(m_db, QStringLiteral("DELETE FROM person WHERE id = ?"), {id}); !removed)
            return R::failure(removed.errorString());
        ++counts.first;
    }
    return counts;
}

// Every table that refers to a person, found in the schema itself, so tables added later count too.
Result<bool> ImportBatchRepository::isReferenced(qint64 personId) const
{
    auto references = runQuery(m_db,
                               QStringLiteral("SELECT m.name, f.\"from\" FROM sqlite_schema AS m, "
                                              "pragma_foreign_key_list(m.name) AS f WHERE m.type = 'table' AND "
                                              "f.\"table\" = 'person' AND m.name <> 'import_batch_person'"));
    if (!references)
        return Result<bool>::failure(references.errorString());
    while (references->next()) {
        // Table and column names come from the schema, not from user data; the id is bound.
        const QString sql = QStringLiteral("SELECT 1 FROM \"%1\" WHERE \"%2\" = ? LIMIT 1")
                                .arg(references->value(0).toString(), references->value(1).toString());
        auto hit = runQuery(m_db, sql, {personId});
        if (!hit)
            return Result<bool>::failure(hit.errorString());
        if (hit->next())
            return true;
    }
    return false;
}

} // namespace steward
