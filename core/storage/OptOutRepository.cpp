// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptOutRepository.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace steward {

OptOutRepository::OptOutRepository(const Database& database)
    : m_db(database.connection())
{
}

Result<QList<OptOut>> OptOutRepository::all() const
{
    using R = Result<QList<OptOut>>;
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT o.id, o.person_id, p.name, o.kind, o.community_id, o.since, o.note "
                                         "FROM rotation_opt_out o JOIN person p ON p.id = o.person_id "
                                         "ORDER BY o.kind, p.name, o.id"));
    if (!query)
        return R::failure(query.errorString());
    QList<OptOut> result;
    while (query->next()) {
        result.append({query->value(0).toLongLong(),
                       query->value(1).toLongLong(),
                       query->value(2).toString(),
                       query->value(3).toString(),
                       query->value(4).toLongLong(),
                       dateFromSql(query->value(5)),
                       query->value(6).toString()});
    }
    return result;
}

Result<QList<qint64>> OptOutRepository::optedOut(const QString& kind, qint64 communityId) const
{
    using R = Result<QList<qint64>>;
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT DISTINCT person_id FROM rotation_opt_out WHERE kind = ? AND "
                                         "(community_id IS NULL OR community_id = ?) ORDER BY person_id"),
                          {kind, communityId});
    if (!query)
        return R::failure(query.errorString());
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

Result<OptOut> OptOutRepository::validated(const OptOut& optOut)
{
    using R = Result<OptOut>;
    OptOut o = optOut;
    o.kind = o.kind.trimmed().toLower();
    o.note = o.note.trimmed();
    if (o.personId <= 0)
        return R::failure(QCoreApplication::translate("OptOutRepository", "An opt-out needs a person."));
    if (!OptOut::kinds().contains(o.kind))
        return R::failure(QCoreApplication::translate("OptOutRepository", "Unknown rotation kind '%1'; use one of %2.")
                              .arg(o.kind, OptOut::kinds().join(QStringLiteral(", "))));
    return R(o);
}

Result<qint64> OptOutRepository::add(const OptOut& optOut)
{
    using R = Result<qint64>;
    auto valid = validated(optOut);
    if (!valid)
        return R::failure(valid.errorString());
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return R::failure(transaction.errorString());
    auto query =
        runQuery(m_db,
                 QStringLiteral("INSERT INTO rotation_opt_out (id, person_id, kind, community_id, since, note) "
                                "VALUES (?,?,?,?,?,?)"),
                 {valid->id > 0 ? QVariant(valid->id) : QVariant(QMetaType(QMetaType::LongLong)),
                  valid->personId,
                  valid->kind,
                  valid->communityId > 0 ? QVariant(valid->communityId) : QVariant(QMetaType(QMetaType::LongLong)),
                  sqlDate(valid->since),
                  sqlText(valid->note)});
    if (!query) {
        const bool twice = query.errorString().contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive);
        return R::failure(
            twice ? QCoreApplication::translate("OptOutRepository", "This person has already opted out of %1 there.")
                        .arg(valid->kind)
                  : QCoreApplication::translate("OptOutRepository", "Could not add the opt-out: %1")
                        .arg(query.errorString()));
    }
    const qint64 id = query->lastInsertId().toLongLong();
    if (Status committed = transaction.commit(); !committed)
        return R::failure(committed.errorString());
    return R(id);
}

Status OptOutRepository::remove(qint64 id)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.errorString());
    auto query = runQuery(m_db, QStringLiteral("DELETE FROM rotation_opt_out WHERE id = ?"), {id});
    if (!query)
        return Status::failure(QCoreApplication::translate("OptOutRepository", "Could not remove the opt-out: %1")
                                   .arg(query.errorString()));
    return transaction.commit();
}

} // namespace steward
