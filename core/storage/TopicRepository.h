// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/Topic.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace steward {

class Database;

/** Reads and writes the micro-teach topic backlog of each community. */
class TopicRepository
{
public:
    explicit TopicRepository(const Database& database);

    /** A community's topics: open ones first (backlog, planned), then by creation day and title. */
    Result<QList<Topic>> forCommunity(qint64 communityId) const;
    Result<std::optional<Topic>> find(qint64 id) const;
    /** Adds a topic and returns its id; a non-zero topic.id is kept (undo). */
    Result<qint64> add(const Topic& topic);
    Status update(const Topic& topic);
    Status remove(qint64 id);

    static Result<Topic> validated(const Topic& topic);

private:
    Result<QList<Topic>> topicsWhere(const QString& condition, const QVariantList& values) const;
    Result<qint64> write(const QString& sql, const QVariantList& values, const QString& title);
    QSqlDatabase m_db;
};

} // namespace steward
