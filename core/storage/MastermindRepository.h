// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/MastermindGroup.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace steward {

class Database;

/** Reads and writes mastermind groups with their members. Every write runs in one transaction. */
class MastermindRepository
{
public:
    explicit MastermindRepository(const Database& database);

    /** Every group, ordered by community name and group name, members included. */
    Result<QList<MastermindGroup>> all() const;
    /** The groups of one community, ordered by name. */
    Result<QList<MastermindGroup>> forCommunity(qint64 communityId) const;
    Result<std::optional<MastermindGroup>> find(qint64 id) const;
    /** Groups with this name (case-insensitive): one per community at most. */
    Result<QList<MastermindGroup>> findByName(const QString& name) const;
    /** The groups a person belongs to, ordered by name. */
    Result<QList<MastermindGroup>> forPerson(qint64 personId) const;

    /** Adds a group with its members and returns its id; a non-zero group.id is kept (undo). */
    Result<qint64> add(const MastermindGroup& group);
    /** Saves the group's fields and replaces its members (joined dates as given). */
    Status update(const MastermindGroup& group);
    /** Removes the group; its members and its hot-seat rotation go with it. */
    Status remove(qint64 id);

    Status addMember(qint64 groupId, const MastermindMember& member);
    Status removeMember(qint64 groupId, qint64 personId);

    /** The group with text trimmed, or a message naming the first problem (no name, no members, a member twice). */
    static Result<MastermindGroup> validated(const MastermindGroup& group);
    /** A warning when the group is outside the recommended size, else an empty string. */
    static QString sizeWarning(const MastermindGroup& group);

private:
    Result<QList<MastermindGroup>> groupsWhere(const QString& condition, const QVariantList& values) const;
    Status writeMembers(qint64 groupId, const QList<MastermindMember>& members);
    QSqlDatabase m_db;
};

} // namespace steward
