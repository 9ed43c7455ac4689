// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/Intervention.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace steward {

class Database;

/** Interventions in communities. */
class InterventionRepository
{
public:
    explicit InterventionRepository(const Database& database);

    /** Adds an intervention (name and date required, name unique in its community); returns its id. */
    Result<qint64> add(const Intervention& intervention);
    /** A community's interventions, oldest first. */
    Result<QList<Intervention>> forCommunity(qint64 communityId) const;
    Result<std::optional<Intervention>> findByName(qint64 communityId, const QString& name) const;

private:
    QSqlDatabase m_db;
};

} // namespace steward
