// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/CheckIn.h"
#include "storage/Goal.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace steward {

class Database;

/** Reads and writes mastermind goals and their check-ins. Every write runs in one transaction. */
class GoalRepository
{
public:
    explicit GoalRepository(const Database& database);

    /** The goals of a group, ordered by member name, then creation day. */
    Result<QList<Goal>> forGroup(qint64 groupId) const;
    Result<std::optional<Goal>> find(qint64 id) const;
    /** Adds a goal of a group member and returns its id; a non-zero goal.id is kept (undo). */
    Result<qint64> add(const Goal& goal);
    Status update(const Goal& goal);
    /** Removes the goal with its check-ins. */
    Status remove(qint64 id);

    /** The check-ins of every goal of a group, ordered by goal, then meeting day. */
    Result<QList<CheckIn>> checkInsForGroup(qint64 groupId) const;
    Result<QList<CheckIn>> checkIns(qint64 goalId) const;
    /** Stores the check-in of its goal at its meeting, replacing one already there; returns its id. */
    Result<qint64> saveCheckIn(const CheckIn& checkIn);
    Status removeCheckIn(qint64 id);

    /** The goal with its text trimmed, or a message naming the first problem. */
    static Result<Goal> validated(const Goal& goal);
    static Result<CheckIn> validated(const CheckIn& checkIn);

private:
    Result<QList<Goal>> goalsWhere(const QString& condition, const QVariantList& values) const;
    Result<QList<CheckIn>> checkInsWhere(const QString& condition, const QVariantList& values) const;
    Status checkMembership(const Goal& goal) const;
    QSqlDatabase m_db;
};

} // namespace steward
