// SPDX-License-Identifier: GPL-3.0-or-later
#include "MembershipRepository.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace steward {

namespace {

const QString kColumns = QStringLiteral("m.id, m.person_id, m.community_id, m.level, m.joined, m.left_on");

ParticipationLevel levelFromSql(const QVariant& value)
{
    // The schema's CHECK constraint admits only known keys.
    return participationLevelFromKey(value.toString()).value_or(ParticipationLevel::Observer);
}

Membership membershipFromRow(const QSqlQuery& q)
{
    Membership m;
    m.id = q.value(0).toLongLong();
    m.personId = q.value(1).toLongLong();
    m.communityId = q.value(2).toLongLong();
    m.level = levelFromSql(q.value(3));
    m.joined = dateFromSql(q.value(4));
    m.left = dateFromSql(q.value(5));
    return m;
}

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

MembershipRepository::MembershipRepository(const Database& database)
    : m_db(database.connection())
{
}

Result<QList<Member>> MembershipRepository::membersOf(qint64 communityId) const
{
    auto query =
        runQuery(m_db,
                 QStringLiteral("SELECT %1, p.name, p.team FROM membership m JOIN person p ON p.id = m.person_id "
                                "WHERE m.community_id = ? ORDER BY m.left_on IS NOT NULL, "
                                "CASE m.level WHEN 'steward' THEN 0 WHEN 'core' THEN 1 WHEN 'active' THEN 2 "
                                "WHEN 'peripheral' THEN 3 ELSE 4 END, p.name")
                     .arg(kColumns),
                 {communityId});
    if (!query)
        return Result<QList<Member>>::failure(query.errorString());
    QList<Member> members;
    while (query->next())
        members.append({membershipFromRow(*query), query->value(6).toString(), query->value(7).toString()});
    return members;
}

Result<std::optional<Membership>> MembershipRepository::find(qint64 personId, qint64 communityId) const
{
    using R = Result<std::optional<Membership>>;
    auto query = runQuery(
        m_db,
        QStringLiteral("SELECT %1 FROM membership m WHERE m.person_id = ? AND m.community_id = ?").arg(kColumns),
        {personId, communityId});
    if (!query)
        return R::failure(query.errorString());
    if (!query->next())
        return R(std::nullopt);
    return R(membershipFromRow(*query));
}

Result<QList<Membership>> MembershipRepository::forPerson(qint64 personId) const
{
    auto query =
        runQuery(m_db,
                 QStringLiteral("SELECT %1 FROM membership m WHERE m.person_id = ? ORDER BY m.id").arg(kColumns),
                 {personId});
    if (!query)
        return Result<QList<Membership>>::failure(query.errorString());
    QList<Membership> memberships;
    while (query->next())
        memberships.append(membershipFromRow(*query));
    return memberships;
}

Result<QList<LevelChange>> MembershipRepository::history(qint64 membershipId) const
{
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT id, membership_id, changed_on, from_level, to_level, reason "
                                         "FROM level_change WHERE membership_id = ? ORDER BY changed_on, id"),
                          {membershipId});
    if (!query)
        return Result<QList<LevelChange>>::failure(query.errorString());
    QList<LevelChange> changes;
    while (query->next()) {
        LevelChange c;
        c.id = query->value(0).toLongLong();
        c.membershipId = query->value(1).toLongLong();
        c.date = dateFromSql(query->value(2));
        if (!query->value(3).isNull())
            c.from = levelFromSql(query->value(3));
        c.to = levelFromSql(query->value(4));
        c.reason = query->value(5).toString();
        changes.append(c);
    }
    return changes;
}

Result<qint64> MembershipRepository::insertMembership(const Membership& m)
{
    auto query = runQuery(
        m_db,
        QStringLiteral(
            "INSERT INTO membership (id, person_id, community_id, level, joined, left_on) VALUES (?,?,?,?,?,?)"),
        {optionalId(m.id),
         m.personId,
         m.communityId,
         participationLevelKey(m.level),
         sqlDate(m.joined),
         sqlDate(m.left)});
    if (!query)
        return Result<qint64>::failure(query.errorString());
    return query->lastInsertId().toLongLong();
}

Result<qint64> MembershipRepository::insertLevelChange(const LevelChange& c)
{
    const QVariant from = c.from ? QVariant(participationLevelKey(*c.from)) : QVariant(QMetaType(QMetaType::QString));
    auto query =
        runQuery(m_db,
                 QStringLiteral("INSERT INTO level_change (id, membership_id, changed_on, from_level, to_level, "
                                "reason) VALUES (?,?,?,?,?,?)"),
                 {optionalId(c.id),
                  c.membershipId,
                  sqlDate(c.date),
                  from,
                  participationLevelKey(c.to),
                  sqlText(c.reason.trimmed())});
    if (!query)
        return Result<qint64>::failure(query.errorString());
    return query->lastInsertId().toLongLong();
}

Result<LevelChangeReceipt> MembershipRepository::setLevel(
    qint64 communityId, qint64 personId, ParticipationLevel level, const QDate& date, const QString& reason)
{
    using R = Result<LevelChangeReceipt>;
    if (!date.isValid())
        return R::failure(QCoreApplication::translate("MembershipRepository", "A level change needs a valid date."));
    Transaction transaction(m_db);
    auto existing = find(personId, communityId);
    if (!existing)
        return R::failure(existing.errorString());
    LevelChangeReceipt receipt;
    receipt.before = *existing;
    LevelChange change{0, 0, date, std::nullopt, level, reason};
    if (receipt.before) {
        receipt.after = *receipt.before;
        change.from = receipt.before->level;
        receipt.after.level = level;
        receipt.after.left = QDate();
        auto update = runQuery(m_db,
                               QStringLiteral("UPDATE membership SET level = ?, left_on = NULL WHERE id = ?"),
                               {participationLevelKey(level), receipt.after.id});
        if (!update)
            return R::failure(QCoreApplication::translate("MembershipRepository", "Could not change the level: %1")
                                  .arg(update.errorString()));
    } else {
        receipt.after = Membership{0, personId, communityId, level, date, QDate()};
        auto id = insertMembership(receipt.after);
        if (!id)
            return R::failure(QCoreApplication::translate("MembershipRepository", "Could not add the member: %1")
                                  .arg(id.errorString()));
        receipt.after.id = *id;
    }
    change.membershipId = receipt.after.id;
    auto changeId = insertLevelChange(change);
    if (!changeId)
        return R::failure(QCoreApplication::translate("MembershipRepository", "Could not record the level change: %1")
                              .arg(changeId.errorString()));
    receipt.levelChangeId = *changeId;
    if (Status s = transaction.commit(); !s)
        return R::failure(s.errorString());
    return receipt;
}

Status MembershipRepository::undo(const LevelChangeReceipt& receipt)
{
    Transaction transaction(m_db);
    auto removeChange =
        runQuery(m_db, QStringLiteral("DELETE FROM level_change WHERE id = ?"), {receipt.levelChangeId});
    if (!removeChange)
        return Status::failure(removeChange.errorString());
    Result<QSqlQuery> restore =
        receipt.before ? runQuery(
            m_db,
            QStringLiteral("UPDATE membership SET level = ?, left_on = ? WHERE id = ?"),
            {participationLevelKey(receipt.before->level), sqlDate(receipt.before->left), receipt.before->id})
                       : runQuery(m_db, QStringLiteral("DELETE FROM membership WHERE id = ?"), {receipt.after.id});
    if (!restore)
        return Status::failure(restore.errorString());
    return transaction.commit();
}

Status MembershipRepository::restore(const QList<Membership>& memberships, const QList<LevelChange>& history)
{
    Transaction transaction(m_db);
    for (const Membership& m : memberships) {
        if (auto id = insertMembership(m); !id)
            return Status::failure(id.errorString());
    }
    for (const LevelChange& c : history) {
        if (auto id = insertLevelChange(c); !id)
            return Status::failure(id.errorString());
    }
    return transaction.commit();
}

} // namespace steward
