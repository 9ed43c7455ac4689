// SPDX-License-Identifier: GPL-3.0-or-later
#include "InteractionRepository.h"

#include "storage/Database.h"
#include "storage/DerivedInteractions.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace steward {

namespace {

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

/** "column IN (?,?,?)" for a list of values bound in order; the placeholders are ours, the values bound. */
QString inList(const QString& column, const QStringList& values, QVariantList& bound)
{
    QStringList marks;
    for (const QString& value : values) {
        marks.append(QStringLiteral("?"));
        bound.append(value);
    }
    return QStringLiteral(" AND %1 IN (%2)").arg(column, marks.join(QLatin1Char(',')));
}

/** The WHERE conditions of a filter, its values appended to bound in order. */
QString conditions(const InteractionFilter& filter, QVariantList& bound)
{
    bound.append(filter.communityId);
    QString sql = QStringLiteral("community_id = ? AND source_id <> target_id");
    // Days compare as text: '2026-03-01' <= '2026-03-01T10:00:00Z' < '2026-03-02'. A NULL time fails both.
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND occurred >= ?");
        bound.append(filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND occurred < ?");
        bound.append(filter.to.addDays(1).toString(Qt::ISODate));
    }
    if (!filter.kinds.isEmpty())
        sql += inList(QStringLiteral("kind"), filter.kinds, bound);
    if (!filter.platforms.isEmpty())
        sql += inList(QStringLiteral("platform"), filter.platforms, bound);
    if (!filter.channels.isEmpty())
        sql += inList(QStringLiteral("channel"), filter.channels, bound);
    return sql;
}

/** What a network reads: the stored interactions, and the derived ones when the filter admits them. */
QString source(const InteractionFilter& filter)
{
    if (!DerivedInteractions::admittedBy(filter))
        return QStringLiteral("interaction");
    return QStringLiteral("(SELECT community_id, source_id, target_id, kind, platform, channel, occurred, weight "
                          "FROM interaction UNION ALL %1)")
        .arg(DerivedInteractions::selectSql());
}

} // namespace

InteractionRepository::InteractionRepository(const Database& database)
    : m_db(database.connection())
{
}

Status InteractionRepository::addAll(QList<Interaction>& interactions)
{
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral("INSERT INTO interaction (community_id, source_id, target_id, kind, platform, "
                                       "channel, occurred, weight, batch_id) VALUES (?,?,?,?,?,?,?,?,?)")))
        return Status::failure(insert.lastError().text());
    for (Interaction& interaction : interactions) {
        const QVariantList values = {interaction.communityId,
                                     interaction.sourceId,
                                     interaction.targetId,
                                     interaction.kind,
                                     interaction.platform,
                                     sqlText(interaction.channel),
                                     sqlOptionalText(interaction.occurred),
                                     interaction.weight,
                                     optionalId(interaction.batchId)};
        if (Status s = rerunQuery(insert, values); !s)
            return Status::failure(
                QCoreApplication::translate("InteractionRepository", "Could not save an interaction: %1")
                    .arg(s.errorString()));
        interaction.id = insert.lastInsertId().toLongLong();
    }
    return {};
}

Result<QList<Interaction>> InteractionRepository::forCommunity(qint64 communityId) const
{
    using R = Result<QList<Interaction>>;
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT id, community_id, source_id, target_id, kind, platform, channel, "
                                         "occurred, weight, batch_id FROM interaction WHERE community_id = ? "
                                         "ORDER BY occurred IS NULL, occurred, id"),
                          {communityId});
    if (!query)
        return R::failure(query.errorString());
    QList<Interaction> interactions;
    while (query->next()) {
        Interaction i;
        i.id = query->value(0).toLongLong();
        i.communityId = query->value(1).toLongLong();
        i.sourceId = query->value(2).toLongLong();
        i.targetId = query->value(3).toLongLong();
        i.kind = query->value(4).toString();
        i.platform = query->value(5).toString();
        i.channel = query->value(6).toString();
        i.occurred = query->value(7).toString();
        i.weight = query->value(8).toDouble();
        i.batchId = query->value(9).toLongLong();
        interactions.append(i);
    }
    return interactions;
}

Result<QList<InteractionArc>> InteractionRepository::arcs(const InteractionFilter& filter) const
{
    using R = Result<QList<InteractionArc>>;
    QVariantList bound;
    const QString sql = QStringLiteral("SELECT source_id, target_id, sum(weight), count(*) FROM %1 WHERE %2 "
                                       "GROUP BY source_id, target_id ORDER BY source_id, target_id")
                            .arg(source(filter), conditions(filter, bound));
    auto query = runQuery(m_db, sql, bound);
    if (!query)
        return R::failure(query.errorString());
    QList<InteractionArc> arcs;
    while (query->next())
        arcs.append({query->value(0).toLongLong(),
                     query->value(1).toLongLong(),
                     query->value(2).toDouble(),
                     query->value(3).toLongLong()});
    return arcs;
}

Result<QList<ChannelAnswers>> InteractionRepository::channelAnswers(const InteractionFilter& filter) const
{
    using R = Result<QList<ChannelAnswers>>;
    QVariantList bound;
    const QString where = conditions(filter, bound);
    bound += bound;
    const QString sql =
        QStringLiteral("SELECT channel, person, count(*) FROM ("
                       "SELECT channel, source_id AS person FROM interaction WHERE %1 AND kind = 'reply' "
                       "UNION ALL "
                       "SELECT channel, target_id AS person FROM interaction WHERE %1 AND kind = 'survey'"
                       ") GROUP BY channel, person ORDER BY channel, person")
            .arg(where);
    auto query = runQuery(m_db, sql, bound);
    if (!query)
        return R::failure(query.errorString());
    QList<ChannelAnswers> answers;
    while (query->next())
        answers.append({query->value(0).toString(), query->value(1).toLongLong(), query->value(2).toLongLong()});
    return answers;
}

Result<qint64> InteractionRepository::count(qint64 communityId) const
{
    auto query =
        runQuery(m_db, QStringLiteral("SELECT count(*) FROM interaction WHERE community_id = ?"), {communityId});
    if (!query || !query->next())
        return Result<qint64>::failure(query.errorString());
    return query->value(0).toLongLong();
}

} // namespace steward
