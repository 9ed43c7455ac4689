// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommunityRepository.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>

namespace steward {

namespace {

const QString kColumns = QStringLiteral("id, name, domain, description, channel, cadence, norms");

Community communityFromRow(const QSqlQuery& q)
{
    Community c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.domain = q.value(2).toString();
    c.description = q.value(3).toString();
    c.channel = q.value(4).toString();
    c.cadence = q.value(5).toString();
    c.norms = q.value(6).toString();
    return c;
}

Result<std::optional<Community>> firstCommunityFrom(Result<QSqlQuery> query)
{
    using R = Result<std::optional<Community>>;
    if (!query)
        return R::failure(query.errorString());
    if (!query->next())
        return R(std::nullopt);
    return R(communityFromRow(*query));
}

} // namespace

CommunityRepository::CommunityRepository(const Database& database)
    : m_db(database.connection())
{
}

QStringList CommunityRepository::fieldNames()
{
    return {QStringLiteral("name"),
            QStringLiteral("domain"),
            QStringLiteral("description"),
            QStringLiteral("channel"),
            QStringLiteral("cadence"),
            QStringLiteral("norms")};
}

Result<QList<Community>> CommunityRepository::all() const
{
    auto query = runQuery(m_db, QStringLiteral("SELECT %1 FROM community ORDER BY name").arg(kColumns));
    if (!query)
        return Result<QList<Community>>::failure(query.errorString());
    QList<Community> communities;
    while (query->next())
        communities.append(communityFromRow(*query));
    return communities;
}

Result<std::optional<Community>> CommunityRepository::find(qint64 id) const
{
    return firstCommunityFrom(
        runQuery(m_db, QStringLiteral("SELECT %1 FROM community WHERE id = ?").arg(kColumns), {id}));
}

Result<std::optional<Community>> CommunityRepository::findByName(const QString& name) const
{
    return firstCommunityFrom(
        runQuery(m_db, QStringLiteral("SELECT %1 FROM community WHERE name = ?").arg(kColumns), {name.trimmed()}));
}

Result<Community> CommunityRepository::validated(const Community& community) const
{
    using R = Result<Community>;
    Community c = community;
    c.name = c.name.trimmed();
    c.domain = c.domain.trimmed();
    c.channel = c.channel.trimmed();
    if (c.name.isEmpty())
        return R::failure(QCoreApplication::translate("CommunityRepository", "A community needs a name."));
    auto other = findByName(c.name);
    if (!other)
        return R::failure(other.errorString());
    if (other->has_value() && (*other)->id != c.id)
        return R::failure(
            QCoreApplication::translate("CommunityRepository", "A community named '%1' already exists.").arg(c.name));
    return R(c);
}

Result<qint64> CommunityRepository::add(const Community& community)
{
    using R = Result<qint64>;
    auto valid = validated(community);
    if (!valid)
        return R::failure(valid.errorString());
    const QVariant id = valid->id > 0 ? QVariant(valid->id) : QVariant(QMetaType(QMetaType::LongLong));
    auto query = runQuery(m_db,
                          QStringLiteral("INSERT INTO community (%1) VALUES (?,?,?,?,?,?,?)").arg(kColumns),
                          {id,
                           sqlText(valid->name),
                           sqlText(valid->domain),
                           sqlText(valid->description),
                           sqlText(valid->channel),
                           sqlText(valid->cadence),
                           sqlText(valid->norms)});
    if (!query)
        return R::failure(QCoreApplication::translate("CommunityRepository", "Could not add the community %1: %2")
                              .arg(valid->name, query.errorString()));
    return R(query->lastInsertId().toLongLong());
}

Status CommunityRepository::update(const Community& community)
{
    auto valid = validated(community);
    if (!valid)
        return Status::failure(valid.errorString());
    auto query =
        runQuery(m_db,
                 QStringLiteral(
                     "UPDATE community SET name=?, domain=?, description=?, channel=?, cadence=?, norms=? WHERE id=?"),
                 {sqlText(valid->name),
                  sqlText(valid->domain),
                  sqlText(valid->description),
                  sqlText(valid->channel),
                  sqlText(valid->cadence),
                  sqlText(valid->norms),
                  valid->id});
    if (!query)
        return Status::failure(QCoreApplication::translate("CommunityRepository", "Could not save the community %1: %2")
                                   .arg(valid->name, query.errorString()));
    if (query->numRowsAffected() == 0)
        return Status::failure(
            QCoreApplication::translate("CommunityRepository", "The community %1 no longer exists.").arg(valid->name));
    return {};
}

Status CommunityRepository::remove(qint64 id)
{
    auto query = runQuery(m_db, QStringLiteral("DELETE FROM community WHERE id = ?"), {id});
    if (!query)
        return Status::failure(QCoreApplication::translate("CommunityRepository", "Could not delete the community: %1")
                                   .arg(query.errorString()));
    return {};
}

} // namespace steward
