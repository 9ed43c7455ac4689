// SPDX-License-Identifier: GPL-3.0-or-later
#include "MastermindRepository.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>

namespace steward {

namespace {

const QString kGroupColumns = QStringLiteral("g.id, g.community_id, g.name, g.cadence, g.ground_rules, g.confidential");

MastermindGroup groupFromRow(const QSqlQuery& q)
{
    MastermindGroup g;
    g.id = q.value(0).toLongLong();
    g.communityId = q.value(1).toLongLong();
    g.name = q.value(2).toString();
    g.cadence = q.value(3).toString();
    g.groundRules = q.value(4).toString();
    g.confidential = q.value(5).toInt() != 0;
    return g;
}

} // namespace

MastermindRepository::MastermindRepository(const Database& database)
    : m_db(database.connection())
{
}

Result<QList<MastermindGroup>> MastermindRepository::groupsWhere(const QString& condition,
                                                                 const QVariantList& values) const
{
    using R = Result<QList<MastermindGroup>>;
    // `condition` is one of the fixed fragments below, never user text; values are bound.
    auto groups = runQuery(m_db,
                           QStringLiteral("SELECT %1 FROM mastermind_group g JOIN community c ON c.id = g.community_id "
                                          "WHERE %2 ORDER BY c.name, g.name, g.id")
                               .arg(kGroupColumns, condition),
                           values);
    if (!groups)
        return R::failure(groups.errorString());
    QList<MastermindGroup> result;
    QHash<qint64, qsizetype> indexById;
    while (groups->next()) {
        indexById.insert(groups->value(0).toLongLong(), result.size());
        result.append(groupFromRow(*groups));
    }
    if (result.isEmpty())
        return result;
    auto members = runQuery(m_db,
                            QStringLiteral("SELECT mm.group_id, mm.person_id, p.name, mm.joined "
                                           "FROM mastermind_member mm JOIN person p ON p.id = mm.person_id "
                                           "WHERE mm.group_id IN (SELECT g.id FROM mastermind_group g WHERE %1) "
                                           "ORDER BY p.name, p.id")
                                .arg(condition),
                            values);
    if (!members)
        return R::failure(members.errorString());
    while (members->next()) {
        const auto index = indexById.constFind(members->value(0).toLongLong());
        if (index == indexById.cend())
            continue;
        result[*index].members.append(
            {members->value(1).toLongLong(), members->value(2).toString(), dateFromSql(members->value(3))});
    }
    return result;
}

Result<QList<MastermindGroup>> MastermindRepository::all() const
{
    return groupsWhere(QStringLiteral("1"), {});
}

Result<QList<MastermindGroup>> MastermindRepository::forCommunity(qint64 communityId) const
{
    return groupsWhere(QStringLiteral("g.community_id = ?"), {communityId});
}

Result<std::optional<MastermindGroup>> MastermindRepository::find(qint64 id) const
{
    using R = Result<std::optional<MastermindGroup>>;
    auto groups = groupsWhere(QStringLiteral("g.id = ?"), {id});
    if (!groups)
        return R::failure(groups.errorString());
    if (groups->isEmpty())
        return R(std::nullopt);
    return R(groups->constFirst());
}

Result<QList<MastermindGroup>> MastermindRepository::findByName(const QString& name) const
{
    return groupsWhere(QStringLiteral("g.name = ?"), {name.trimmed()});
}

Result<QList<MastermindGroup>> MastermindRepository::forPerson(qint64 personId) const
{
    return groupsWhere(QStringLiteral("g.id IN (SELECT m.group_id FROM mastermind_member m WHERE m.person_id = ?)"),
                       {personId});
}

Result<MastermindGroup> MastermindRepository::validated(const MastermindGroup& group)
{
    using R = Result<MastermindGroup>;
    MastermindGroup g = group;
    g.name = g.name.trimmed();
    g.cadence = g.cadence.trimmed();
    g.groundRules = g.groundRules.trimmed();
    if (g.name.isEmpty())
        return R::failure(QCoreApplication::translate("MastermindRepository", "A mastermind group needs a name."));
    if (g.communityId <= 0)
        return R::failure(
            QCoreApplication::translate("MastermindRepository", "The mastermind group %1 needs a community.")
                .arg(g.name));
    if (g.members.isEmpty())
        return R::failure(
            QCoreApplication::translate("MastermindRepository", "The mastermind group %1 needs at least one member.")
                .arg(g.name));
    QSet<qint64> seen;
    for (const MastermindMember& member : std::as_const(g.members)) {
        if (seen.contains(member.personId)) {
            const QString who =
                member.personName.isEmpty() ? QStringLiteral("#%1").arg(member.personId) : member.personName;
            return R::failure(
                QCoreApplication::translate("MastermindRepository", "%1 is listed twice in the mastermind group %2.")
                    .arg(who, g.name));
        }
        seen.insert(member.personId);
    }
    return R(g);
}

QString MastermindRepository::sizeWarning(const MastermindGroup& group)
{
    const auto size = group.members.size();
    if (size >= MastermindGroup::kRecommendedMinimum && size <= MastermindGroup::kRecommendedMaximum)
        return {};
    return QCoreApplication::translate("MastermindRepository",
                                       "the mastermind group %1 has %2 members; 4 to 8 work best.")
        .arg(group.name.trimmed())
        .arg(size);
}

Status MastermindRepository::writeMembers(qint64 groupId, const QList<MastermindMember>& members)
{
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral("INSERT INTO mastermind_member (group_id, person_id, joined) VALUES (?,?,?)")))
        return Status::failure(insert.lastError().text());
    for (const MastermindMember& member : members) {
        if (Status s = rerunQuery(insert, {groupId, member.personId, sqlDate(member.joined)}); !s) {
            const QString who =
                member.personName.isEmpty() ? QStringLiteral("#%1").arg(member.personId) : member.personName;
            return Status::failure(
                QCoreApplication::translate("MastermindRepository", "Could not add %1 to the group: %2")
                    .arg(who, s.errorString()));
        }
    }
    return {};
}

Result<qint64> MastermindRepository::add(const MastermindGroup& group)
{
    using R = Result<qint64>;
    auto valid = validated(group);
    if (!valid)
        return R::failure(valid.errorString());
    auto clash = runQuery(m_db,
                          QStringLiteral("SELECT count(*) FROM mastermind_group WHERE community_id = ? AND name = ?"),
                          {valid->communityId, valid->name});
    if (!clash || !clash->next())
        return R::failure(clash.errorString());
    if (clash->value(0).toLongLong() > 0)
        return R::failure(QCoreApplication::translate("MastermindRepository",
                                                      "A mastermind group named '%1' already exists in this community.")
                              .arg(valid->name));

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return R::failure(transaction.errorString());
    auto insert =
        runQuery(m_db,
                 QStringLiteral("INSERT INTO mastermind_group (id, community_id, name, cadence, ground_rules, "
                                "confidential) VALUES (?,?,?,?,?,?)"),
                 {valid->id > 0 ? QVariant(valid->id) : QVariant(QMetaType(QMetaType::LongLong)),
                  valid->communityId,
                  sqlText(valid->name),
                  sqlText(valid->cadence),
                  sqlText(valid->groundRules),
                  valid->confidential ? 1 : 0});
    if (!insert)
        return R::failure(
            QCoreApplication::translate("MastermindRepository", "Could not add the mastermind group %1: %2")
                .arg(valid->name, insert.errorString()));
    const qint64 id = insert->lastInsertId().toLongLong();
    if (Status s = writeMembers(id, valid->members); !s)
        return R::failure(s.errorString());
    if (Status s = transaction.commit(); !s)
        return R::failure(s.errorString());
    return R(id);
}

Status MastermindRepository::update(const MastermindGroup& group)
{
    auto valid = validated(group);
    if (!valid)
        return Status::failure(valid.errorString());
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.errorString());
    auto query =
        runQuery(m_db,
                 QStringLiteral("UPDATE mastermind_group SET community_id=?, name=?, cadence=?, ground_rules=?, "
                                "confidential=? WHERE id=?"),
                 {valid->communityId,
                  sqlText(valid->name),
                  sqlText(valid->cadence),
                  sqlText(valid->groundRules),
                  valid->confidential ? 1 : 0,
                  valid->id});
    if (!query)
        return Status::failure(
            QCoreApplication::translate("MastermindRepository", "Could not save the mastermind group %1: %2")
                .arg(valid->name, query.errorString()));
    if (query->numRowsAffected() == 0)
        return Status::failure(
            QCoreApplication::translate("MastermindRepository", "The mastermind group %1 no longer exists.")
                .arg(valid->name));
    if (auto clear = runQuery(m_db, QStringLiteral("DELETE FROM mastermind_member WHERE group_id = ?"), {valid->id});
        !clear)
        return Status::failure(clear.errorString());
    if (Status s = writeMembers(valid->id, valid->members); !s)
        return s;
    return transaction.commit();
}

Status MastermindRepository::remove(qint64 id)
{
    auto query = runQuery(m_db, QStringLiteral("DELETE FROM mastermind_group WHERE id = ?"), {id});
    if (!query)
        return Status::failure(
            QCoreApplication::translate("MastermindRepository", "Could not delete the mastermind group: %1")
                .arg(query.errorString()));
    return {};
}

Status MastermindRepository::addMember(qint64 groupId, const MastermindMember& member)
{
    return writeMembers(groupId, {member});
}

Status MastermindRepository::removeMember(qint64 groupId, qint64 personId)
{
    auto query = runQuery(m_db,
                          QStringLiteral("DELETE FROM mastermind_member WHERE group_id = ? AND person_id = ?"),
                          {groupId, personId});
    if (!query)
        return Status::failure(QCoreApplication::translate("MastermindRepository", "Could not remove the member: %1")
                                   .arg(query.errorString()));
    return {};
}

} // namespace steward
