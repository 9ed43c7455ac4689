// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "model/Membership.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace steward {

class Database;

/** What a level change did, so it can be taken back exactly (undo). */
struct LevelChangeReceipt
{
    std::optional<Membership> before; // empty when the change created the membership
    Membership after;
    qint64 levelChangeId = 0;
};

/** Memberships of people in communities and the recorded history of their participation levels. */
class MembershipRepository
{
public:
    explicit MembershipRepository(const Database& database);

    /** The community's members with their names, current members first, then by level (core first) and name. */
    Result<QList<Member>> membersOf(qint64 communityId) const;
    Result<std::optional<Membership>> find(qint64 personId, qint64 communityId) const;
    Result<QList<Membership>> forPerson(qint64 personId) const;
    /** The level changes of one membership, oldest first. */
    Result<QList<LevelChange>> history(qint64 membershipId) const;

    /**
     * Puts a person at a level in a community on a date, joining them if they were not a member,
     * and records the change with its reason. Runs in one transaction.
     */
    Result<LevelChangeReceipt>
    setLevel(qint64 communityId, qint64 personId, ParticipationLevel level, const QDate& date, const QString& reason);
    /** Takes back exactly what setLevel() did. */
    Status undo(const LevelChangeReceipt& receipt);

    /** Re-inserts memberships and history rows with their ids (undo of a deletion). */
    Status restore(const QList<Membership>& memberships, const QList<LevelChange>& history);

private:
    Result<qint64> insertMembership(const Membership& membership);
    Result<qint64> insertLevelChange(const LevelChange& change);
    QSqlDatabase m_db;
};

} // namespace steward
