// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "model/Community.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace steward {

class Database;

/** Reads and writes communities of practice. */
class CommunityRepository
{
public:
    explicit CommunityRepository(const Database& database);

    /** All communities, ordered by name. */
    Result<QList<Community>> all() const;
    Result<std::optional<Community>> find(qint64 id) const;
    Result<std::optional<Community>> findByName(const QString& name) const;

    /** Adds a community and returns its id; a non-zero community.id is kept (undo). */
    Result<qint64> add(const Community& community);
    Status update(const Community& community);
    Status remove(qint64 id);

    static QStringList fieldNames();

private:
    Result<Community> validated(const Community& community) const;
    QSqlDatabase m_db;
};

} // namespace steward
