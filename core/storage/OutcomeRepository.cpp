// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeRepository.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QSqlError>

namespace steward {

OutcomeRepository::OutcomeRepository(const Database& database)
    : m_db(database.connection())
{
}

Status OutcomeRepository::addAll(QList<Outcome>& outcomes)
{
    QSqlQuery insert(m_db);
    if (!insert.prepare(
            QStringLiteral("INSERT INTO outcome (person_id, metric, value, on_date, batch_id) VALUES (?,?,?,?,?)")))
        return Status::failure(insert.lastError().text());
    for (Outcome& outcome : outcomes) {
        const QVariantList values = {outcome.personId,
                                     outcome.metric.trimmed(),
                                     outcome.value,
                                     sqlDate(outcome.date),
                                     outcome.batchId > 0 ? QVariant(outcome.batchId)
                                                         : QVariant(QMetaType(QMetaType::LongLong))};
        if (Status s = rerunQuery(insert, values); !s)
            return Status::failure(
                QCoreApplication::translate("OutcomeRepository", "Could not save an outcome: %1").arg(s.errorString()));
        outcome.id = insert.lastInsertId().toLongLong();
    }
    return {};
}

Result<QList<Outcome>> OutcomeRepository::all() const
{
    using R = Result<QList<Outcome>>;
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT id, person_id, metric, value, on_date, batch_id FROM outcome "
                                         "ORDER BY metric, person_id, on_date, id"));
    if (!query)
        return R::failure(query.errorString());
    QList<Outcome> outcomes;
    while (query->next())
        outcomes.append({query->value(0).toLongLong(),
                         query->value(1).toLongLong(),
                         query->value(2).toString(),
                         query->value(3).toDouble(),
                         dateFromSql(query->value(4)),
                         query->value(5).toLongLong()});
    return outcomes;
}

} // namespace steward
