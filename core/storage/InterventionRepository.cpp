// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterventionRepository.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>

namespace steward {

namespace {

Intervention interventionFromRow(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(),
            q.value(1).toLongLong(),
            q.value(2).toString(),
            dateFromSql(q.value(3)),
            q.value(4).toString()};
}

} // namespace

InterventionRepository::InterventionRepository(const Database& database)
    : m_db(database.connection())
{
}

Result<qint64> InterventionRepository::add(const Intervention& intervention)
{
    using R = Result<qint64>;
    const QString name = intervention.name.trimmed();
    if (name.isEmpty())
        return R::failure(QCoreApplication::translate("InterventionRepository", "An intervention needs a name."));
    if (!intervention.date.isValid())
        return R::failure(QCoreApplication::translate("InterventionRepository", "An intervention needs a date."));
    auto existing = findByName(intervention.communityId, name);
    if (!existing)
        return R::failure(existing.errorString());
    if (existing->has_value())
        return R::failure(QCoreApplication::translate("InterventionRepository",
                                                      "The community already has an intervention named '%1'.")
                              .arg(name));
    auto query = runQuery(
        m_db,
        QStringLiteral("INSERT INTO intervention (community_id, name, on_date, description) "
                       "VALUES (?,?,?,?)"),
        {intervention.communityId, name, sqlDate(intervention.date), sqlText(intervention.description.trimmed())});
    if (!query)
        return R::failure(QCoreApplication::translate("InterventionRepository", "Could not add the intervention: %1")
                              .arg(query.errorString()));
    return query->lastInsertId().toLongLong();
}

Result<QList<Intervention>> InterventionRepository::forCommunity(qint64 communityId) const
{
    using R = Result<QList<Intervention>>;
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT id, community_id, name, on_date, description FROM intervention "
                                         "WHERE community_id = ? ORDER BY on_date, id"),
                          {communityId});
    if (!query)
        return R::failure(query.errorString());
    QList<Intervention> interventions;
    while (query->next())
        interventions.append(interventionFromRow(*query));
    return interventions;
}

Result<std::optional<Intervention>> InterventionRepository::findByName(qint64 communityId, const QString& name) const
{
    using R = Result<std::optional<Intervention>>;
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT id, community_id, name, on_date, description FROM intervention "
                                         "WHERE community_id = ? AND name = ?"),
                          {communityId, name.trimmed()});
    if (!query)
        return R::failure(query.errorString());
    if (!query->next())
        return R(std::nullopt);
    return R(interventionFromRow(*query));
}

} // namespace steward
