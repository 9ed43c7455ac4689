// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkLayoutRepository.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

#include <cmath>

namespace steward {

namespace {

QString readFailed(const QString& reason)
{
    return QCoreApplication::translate("NetworkLayoutRepository", "Could not read the network layout: %1").arg(reason);
}

QString saveFailed(const QString& reason)
{
    return QCoreApplication::translate("NetworkLayoutRepository", "Could not save the network layout: %1").arg(reason);
}

bool finite(const NodePosition& p)
{
    return std::isfinite(p.x) && std::isfinite(p.y);
}

} // namespace

NetworkLayoutRepository::NetworkLayoutRepository(const Database& database)
    : m_db(database.connection())
{
}

Result<std::optional<StoredLayout>> NetworkLayoutRepository::find(qint64 communityId, const QString& filterKey) const
{
    using R = Result<std::optional<StoredLayout>>;
    auto head = runQuery(m_db,
                         QStringLiteral("SELECT id, algorithm, seed, computed_at FROM network_layout "
                                        "WHERE community_id = ? AND filter_key = ?"),
                         {communityId, sqlText(filterKey)});
    if (!head)
        return R::failure(readFailed(head.errorString()));
    if (!head->next())
        return R(std::nullopt);
    StoredLayout stored;
    stored.id = head->value(0).toLongLong();
    stored.layout.algorithm = head->value(1).toString();
    stored.layout.seed = head->value(2).toULongLong();
    stored.computedAt = QDateTime::fromString(head->value(3).toString(), Qt::ISODate);
    auto rows = runQuery(m_db,
                         QStringLiteral("SELECT person_id, x, y, pinned FROM network_layout_position "
                                        "WHERE layout_id = ? ORDER BY person_id"),
                         {stored.id});
    if (!rows)
        return R::failure(readFailed(rows.errorString()));
    while (rows->next())
        stored.layout.positions.append({rows->value(0).toLongLong(),
                                        rows->value(1).toDouble(),
                                        rows->value(2).toDouble(),
                                        rows->value(3).toInt() == 1});
    return R(std::optional<StoredLayout>(std::move(stored)));
}

Result<qint64> NetworkLayoutRepository::save(qint64 communityId,
                                             const QString& filterKey,
                                             const LayoutPositions& layout,
                                             const QDateTime& computedAt)
{
    using R = Result<qint64>;
    for (const NodePosition& p : layout.positions)
        if (!finite(p))
            return R::failure(QCoreApplication::translate("NetworkLayoutRepository",
                                                          "The layout has no valid position for person %1.")
                                  .arg(p.personId));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return R::failure(saveFailed(transaction.errorString()));
    auto removed = runQuery(m_db,
                            QStringLiteral("DELETE FROM network_layout WHERE community_id = ? AND filter_key = ?"),
                            {communityId, sqlText(filterKey)});
    if (!removed)
        return R::failure(saveFailed(removed.errorString()));
    auto inserted = runQuery(m_db,
                             QStringLiteral("INSERT INTO network_layout (community_id, filter_key, algorithm, seed, "
                                            "computed_at) VALUES (?,?,?,?,?)"),
                             {communityId,
                              sqlText(filterKey),
                              sqlText(layout.algorithm),
                              qint64(layout.seed),
                              computedAt.toUTC().toString(Qt::ISODate)});
    if (!inserted)
        return R::failure(saveFailed(inserted.errorString()));
    const qint64 id = inserted->lastInsertId().toLongLong();
    if (Status s = writePositions(id, layout.positions); !s)
        return R::failure(s.errorString());
    if (Status s = transaction.commit(); !s)
        return R::failure(saveFailed(s.errorString()));
    return id;
}

Status NetworkLayoutRepository::writePositions(qint64 layoutId, const QList<NodePosition>& positions)
{
    if (positions.isEmpty())
        return {};
    const QString sql = QStringLiteral("INSERT INTO network_layout_position (layout_id, person_id, x, y, pinned) "
                                       "VALUES (?,?,?,?,?)");
    const NodePosition& first = positions.first();
    auto query = runQuery(m_db, sql, {layoutId, first.personId, first.x, first.y, first.pinned ? 1 : 0});
    if (!query)
        return Status::failure(saveFailed(query.errorString()));
    for (qsizetype i = 1; i < positions.size(); ++i) {
        const NodePosition& p = positions.at(i);
        if (Status s = rerunQuery(*query, {layoutId, p.personId, p.x, p.y, p.pinned ? 1 : 0}); !s)
            return Status::failure(saveFailed(s.errorString()));
    }
    return {};
}

Status NetworkLayoutRepository::setPosition(qint64 layoutId, const NodePosition& position)
{
    if (!finite(position))
        return Status::failure(
            QCoreApplication::translate("NetworkLayoutRepository", "The layout has no valid position for person %1.")
                .arg(position.personId));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(saveFailed(transaction.errorString()));
    auto query = runQuery(m_db,
                          QStringLiteral("INSERT INTO network_layout_position (layout_id, person_id, x, y, pinned) "
                                         "VALUES (?,?,?,?,?) ON CONFLICT (layout_id, person_id) DO UPDATE SET "
                                         "x = excluded.x, y = excluded.y, pinned = excluded.pinned"),
                          {layoutId, position.personId, position.x, position.y, position.pinned ? 1 : 0});
    if (!query)
        return Status::failure(saveFailed(query.errorString()));
    return transaction.commit();
}

Result<std::optional<NodePosition>> NetworkLayoutRepository::position(qint64 layoutId, qint64 personId) const
{
    using R = Result<std::optional<NodePosition>>;
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT x, y, pinned FROM network_layout_position "
                                     "WHERE layout_id = ? AND person_id = ?"),
                      {layoutId, personId});
    if (!q)
        return R::failure(readFailed(q.errorString()));
    if (!q->next())
        return R(std::nullopt);
    return R(NodePosition{personId, q->value(0).toDouble(), q->value(1).toDouble(), q->value(2).toInt() == 1});
}

} // namespace steward
