// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "network/layout/LayoutPositions.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace steward {

class Database;

/** A layout as cached: its row id and what it holds. */
struct StoredLayout
{
    qint64 id = 0;
    QDateTime computedAt;
    LayoutPositions layout;
};

/** Cached network layouts, one per community and filter key (schema 7). */
class NetworkLayoutRepository
{
public:
    explicit NetworkLayoutRepository(const Database& database);

    Result<std::optional<StoredLayout>> find(qint64 communityId, const QString& filterKey) const;
    /** Replaces the community's layout for the key with `layout`, in one transaction; returns its id. */
    Result<qint64>
    save(qint64 communityId, const QString& filterKey, const LayoutPositions& layout, const QDateTime& computedAt);
    /** Puts one person of a stored layout at (x, y), pinned or not (a drag pins; undo restores). */
    Status setPosition(qint64 layoutId, const NodePosition& position);
    /** The person's position in a stored layout, if they have one. */
    Result<std::optional<NodePosition>> position(qint64 layoutId, qint64 personId) const;

private:
    Status writePositions(qint64 layoutId, const QList<NodePosition>& positions);
    QSqlDatabase m_db;
};

} // namespace steward
