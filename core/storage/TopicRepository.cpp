// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopicRepository.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace steward {

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

Topic topicFromRow(const QSqlQuery& q)
{
    Topic t;
    t.id = q.value(0).toLongLong();
    t.communityId = q.value(1).toLongLong();
    t.title = q.value(2).toString();
    t.suggestedBy = q.value(3).toLongLong();
    t.proposedPresenter = q.value(4).toLongLong();
    t.status = Topic::statusFromKey(q.value(5).toString()).value_or(Topic::Status::Backlog);
    t.artefact = q.value(6).toString();
    t.created = dateFromSql(q.value(7));
    t.suggestedByName = q.value(8).toString();
    t.proposedPresenterName = q.value(9).toString();
    return t;
}

} // namespace

TopicRepository::TopicRepository(const Database& database)
    : m_db(database.connection())
{
}

Result<QList<Topic>> TopicRepository::topicsWhere(const QString& condition, const QVariantList& values) const
{
    using R = Result<QList<Topic>>;
    // `condition` is one of the fixed fragments below, never user text; values are bound.
    auto query =
        runQuery(m_db,
                 QStringLiteral(
                     "SELECT t.id, t.community_id, t.title, t.suggested_by, t.proposed_presenter, t.status, "
                     "t.artefact, t.created, s.name, pp.name FROM micro_teach_topic t "
                     "LEFT JOIN person s ON s.id = t.suggested_by LEFT JOIN person pp ON pp.id = t.proposed_presenter "
                     "WHERE %1 ORDER BY t.status IN ('done', 'dropped'), t.created, t.title, t.id")
                     .arg(condition),
                 values);
    if (!query)
        return R::failure(query.errorString());
    QList<Topic> topics;
    while (query->next())
        topics.append(topicFromRow(*query));
    return topics;
}

Result<QList<Topic>> TopicRepository::forCommunity(qint64 communityId) const
{
    return topicsWhere(QStringLiteral("t.community_id = ?"), {communityId});
}

Result<std::optional<Topic>> TopicRepository::find(qint64 id) const
{
    using R = Result<std::optional<Topic>>;
    auto topics = topicsWhere(QStringLiteral("t.id = ?"), {id});
    if (!topics)
        return R::failure(topics.errorString());
    if (topics->isEmpty())
        return R(std::nullopt);
    return R(topics->constFirst());
}

Result<Topic> TopicRepository::validated(const Topic& topic)
{
    using R = Result<Topic>;
    Topic t = topic;
    t.title = t.title.trimmed();
    t.artefact = t.artefact.trimmed();
    if (t.title.isEmpty())
        return R::failure(QCoreApplication::translate("TopicRepository", "A micro-teach topic needs a title."));
    if (t.communityId <= 0)
        return R::failure(
            QCoreApplication::translate("TopicRepository", "The topic '%1' needs a community.").arg(t.title));
    if (!t.created.isValid())
        t.created = QDate::currentDate();
    return R(t);
}

Result<qint64> TopicRepository::write(const QString& sql, const QVariantList& values, const QString& title)
{
    using R = Result<qint64>;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return R::failure(transaction.errorString());
    auto query = runQuery(m_db, sql, values);
    if (!query) {
        const bool twice = query.errorString().contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive);
        return R::failure(
            twice
                ? QCoreApplication::translate("TopicRepository", "The topic '%1' is already in the backlog.").arg(title)
                : QCoreApplication::translate("TopicRepository", "Could not save the topic '%1': %2")
                      .arg(title, query.errorString()));
    }
    const qint64 id = query->lastInsertId().toLongLong();
    const int affected = query->numRowsAffected();
    if (Status committed = transaction.commit(); !committed)
        return R::failure(committed.errorString());
    if (affected == 0)
        return R::failure(
            QCoreApplication::translate("TopicRepository", "The topic '%1' no longer exists.").arg(title));
    return R(id);
}

Result<qint64> TopicRepository::add(const Topic& topic)
{
    auto valid = validated(topic);
    if (!valid)
        return Result<qint64>::failure(valid.errorString());
    return write(QStringLiteral("INSERT INTO micro_teach_topic (id, community_id, title, suggested_by, "
                                "proposed_presenter, status, artefact, created) VALUES (?,?,?,?,?,?,?,?)"),
                 {idOrNull(valid->id),
                  valid->communityId,
                  sqlText(valid->title),
                  idOrNull(valid->suggestedBy),
                  idOrNull(valid->proposedPresenter),
                  Topic::statusKey(valid->status),
                  sqlText(valid->artefact),
                  sqlDate(valid->created)},
                 valid->title);
}

Status TopicRepository::update(const Topic& topic)
{
    auto valid = validated(topic);
    if (!valid)
        return Status::failure(valid.errorString());
    auto written = write(QStringLiteral("UPDATE micro_teach_topic SET community_id=?, title=?, suggested_by=?, "
                                        "proposed_presenter=?, status=?, artefact=?, created=? WHERE id=?"),
                         {valid->communityId,
                          sqlText(valid->title),
                          idOrNull(valid->suggestedBy),
                          idOrNull(valid->proposedPresenter),
                          Topic::statusKey(valid->status),
                          sqlText(valid->artefact),
                          sqlDate(valid->created),
                          valid->id},
                         valid->title);
    return written ? Status() : Status::failure(written.errorString());
}

Status TopicRepository::remove(qint64 id)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.errorString());
    auto query = runQuery(m_db, QStringLiteral("DELETE FROM micro_teach_topic WHERE id = ?"), {id});
    if (!query)
        return Status::failure(
            QCoreApplication::translate("TopicRepository", "Could not delete the topic: %1").arg(query.errorString()));
    return transaction.commit();
}

} // namespace steward
