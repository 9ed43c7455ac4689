// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalRepository.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace steward {

namespace {

const QString kGoalColumns =
    QStringLiteral("g.id, g.group_id, g.person_id, p.name, g.text, g.target_date, g.status, g.created");
const QString kCheckInColumns =
    QStringLiteral("c.id, c.goal_id, c.meeting_date, c.progress, c.note, c.confidential_note");

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

Goal goalFromRow(const QSqlQuery& q)
{
    Goal goal;
    goal.id = q.value(0).toLongLong();
    goal.groupId = q.value(1).toLongLong();
    goal.personId = q.value(2).toLongLong();
    goal.personName = q.value(3).toString();
    goal.text = q.value(4).toString();
    goal.targetDate = dateFromSql(q.value(5));
    goal.status = Goal::statusFromKey(q.value(6).toString()).value_or(Goal::Status::OnTrack);
    goal.created = dateFromSql(q.value(7));
    return goal;
}

/** Runs one write inside its own transaction, so a failure leaves nothing behind. */
Result<QSqlQuery> writeOnce(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return Result<QSqlQuery>::failure(transaction.errorString());
    auto query = runQuery(db, sql, values);
    if (!query)
        return query;
    if (Status committed = transaction.commit(); !committed)
        return Result<QSqlQuery>::failure(committed.errorString());
    return query;
}

} // namespace

GoalRepository::GoalRepository(const Database& database)
    : m_db(database.connection())
{
}

Result<QList<Goal>> GoalRepository::goalsWhere(const QString& condition, const QVariantList& values) const
{
    using R = Result<QList<Goal>>;
    // `condition` is one of the fixed fragments below, never user text; values are bound.
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT %1 FROM mastermind_goal g JOIN person p ON p.id = g.person_id "
                                         "WHERE %2 ORDER BY p.name, g.person_id, g.created, g.id")
                              .arg(kGoalColumns, condition),
                          values);
    if (!query)
        return R::failure(query.errorString());
    QList<Goal> goals;
    while (query->next())
        goals.append(goalFromRow(*query));
    return goals;
}

Result<QList<Goal>> GoalRepository::forGroup(qint64 groupId) const
{
    return goalsWhere(QStringLiteral("g.group_id = ?"), {groupId});
}

Result<std::optional<Goal>> GoalRepository::find(qint64 id) const
{
    using R = Result<std::optional<Goal>>;
    auto goals = goalsWhere(QStringLiteral("g.id = ?"), {id});
    if (!goals)
        return R::failure(goals.errorString());
    if (goals->isEmpty())
        return R(std::nullopt);
    return R(goals->constFirst());
}

Result<Goal> GoalRepository::validated(const Goal& goal)
{
    using R = Result<Goal>;
    Goal g = goal;
    g.text = g.text.trimmed();
    if (g.text.isEmpty())
        return R::failure(QCoreApplication::translate("GoalRepository", "A goal needs a text."));
    if (g.groupId <= 0)
        return R::failure(
            QCoreApplication::translate("GoalRepository", "The goal '%1' needs a mastermind group.").arg(g.text));
    if (g.personId <= 0)
        return R::failure(QCoreApplication::translate("GoalRepository", "The goal '%1' needs a person.").arg(g.text));
    if (!g.created.isValid())
        g.created = QDate::currentDate();
    if (g.targetDate.isValid() && g.targetDate < g.created)
        return R::failure(QCoreApplication::translate("GoalRepository",
                                                      "The goal '%1' has its target date %2 before it was set (%3).")
                              .arg(g.text, g.targetDate.toString(Qt::ISODate), g.created.toString(Qt::ISODate)));
    return R(g);
}

Status GoalRepository::checkMembership(const Goal& goal) const
{
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT count(*) FROM mastermind_member WHERE group_id = ? AND person_id = ?"),
                          {goal.groupId, goal.personId});
    if (!query || !query->next())
        return Status::failure(query.errorString());
    if (query->value(0).toLongLong() == 0)
        return Status::failure(
            QCoreApplication::translate("GoalRepository",
                                        "The goal '%1' belongs to someone who is not a member of its group.")
                .arg(goal.text));
    return {};
}

Result<qint64> GoalRepository::add(const Goal& goal)
{
    using R = Result<qint64>;
    auto valid = validated(goal);
    if (!valid)
        return R::failure(valid.errorString());
    if (Status member = checkMembership(*valid); !member)
        return R::failure(member.errorString());
    auto query = writeOnce(m_db,
                           QStringLiteral("INSERT INTO mastermind_goal (id, group_id, person_id, text, target_date, "
                                          "status, created) VALUES (?,?,?,?,?,?,?)"),
                           {idOrNull(valid->id),
                            valid->groupId,
                            valid->personId,
                            sqlText(valid->text),
                            sqlDate(valid->targetDate),
                            Goal::statusKey(valid->status),
                            sqlDate(valid->created)});
    if (!query)
        return R::failure(QCoreApplication::translate("GoalRepository", "Could not add the goal '%1': %2")
                              .arg(valid->text, query.errorString()));
    return R(query->lastInsertId().toLongLong());
}

Status GoalRepository::update(const Goal& goal)
{
    auto valid = validated(goal);
    if (!valid)
        return Status::failure(valid.errorString());
    if (Status member = checkMembership(*valid); !member)
        return member;
    auto query = writeOnce(m_db,
                           QStringLiteral("UPDATE mastermind_goal SET group_id=?, person_id=?, text=?, target_date=?, "
                                          "status=?, created=? WHERE id=?"),
                           {valid->groupId,
                            valid->personId,
                            sqlText(valid->text),
                            sqlDate(valid->targetDate),
                            Goal::statusKey(valid->status),
                            sqlDate(valid->created),
                            valid->id});
    if (!query)
        return Status::failure(QCoreApplication::translate("GoalRepository", "Could not save the goal '%1': %2")
                                   .arg(valid->text, query.errorString()));
    if (query->numRowsAffected() == 0)
        return Status::failure(QCoreApplication::translate("GoalRepository", "The goal no longer exists."));
    return {};
}

Status GoalRepository::remove(qint64 id)
{
    auto query = writeOnce(m_db, QStringLiteral("DELETE FROM mastermind_goal WHERE id = ?"), {id});
    if (!query)
        return Status::failure(
            QCoreApplication::translate("GoalRepository", "Could not delete the goal: %1").arg(query.errorString()));
    return {};
}

Result<QList<CheckIn>> GoalRepository::checkInsWhere(const QString& condition, const QVariantList& values) const
{
    using R = Result<QList<CheckIn>>;
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT %1 FROM goal_checkin c JOIN mastermind_goal g ON g.id = c.goal_id "
                                         "WHERE %2 ORDER BY c.goal_id, c.meeting_date")
                              .arg(kCheckInColumns, condition),
                          values);
    if (!query)
        return R::failure(query.errorString());
    QList<CheckIn> checkIns;
    while (query->next()) {
        checkIns.append({query->value(0).toLongLong(),
                         query->value(1).toLongLong(),
                         dateFromSql(query->value(2)),
                         query->value(3).toInt(),
                         query->value(4).toString(),
                         query->value(5).toString()});
    }
    return checkIns;
}

Result<QList<CheckIn>> GoalRepository::checkInsForGroup(qint64 groupId) const
{
    return checkInsWhere(QStringLiteral("g.group_id = ?"), {groupId});
}

Result<QList<CheckIn>> GoalRepository::checkIns(qint64 goalId) const
{
    return checkInsWhere(QStringLiteral("c.goal_id = ?"), {goalId});
}

Result<CheckIn> GoalRepository::validated(const CheckIn& checkIn)
{
    using R = Result<CheckIn>;
    CheckIn c = checkIn;
    c.note = c.note.trimmed();
    c.confidentialNote = c.confidentialNote.trimmed();
    if (c.goalId <= 0)
        return R::failure(QCoreApplication::translate("GoalRepository", "A check-in needs a goal."));
    if (!c.meetingDate.isValid())
        return R::failure(QCoreApplication::translate("GoalRepository", "A check-in needs a valid meeting date."));
    if (c.progress < 0 || c.progress > 100)
        return R::failure(QCoreApplication::translate(
                              "GoalRepository", "The progress of a check-in is a percentage from 0 to 100, not %1.")
                              .arg(c.progress));
    return R(c);
}

Result<qint64> GoalRepository::saveCheckIn(const CheckIn& checkIn)
{
    using R = Result<qint64>;
    auto valid = validated(checkIn);
    if (!valid)
        return R::failure(valid.errorString());
    const auto failed = [&](const QString& why) {
        return R::failure(QCoreApplication::translate("GoalRepository", "Could not save the check-in of %1: %2")
                              .arg(valid->meetingDate.toString(Qt::ISODate), why));
    };
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return failed(transaction.errorString());
    // One check-in per goal and meeting: a second one for the same meeting replaces the first.
    auto upsert =
        runQuery(m_db,
                 QStringLiteral("INSERT INTO goal_checkin (id, goal_id, meeting_date, progress, note, "
                                "confidential_note) VALUES (?,?,?,?,?,?) "
                                "ON CONFLICT (goal_id, meeting_date) DO UPDATE SET progress=excluded.progress, "
                                "note=excluded.note, confidential_note=excluded.confidential_note"),
                 {idOrNull(valid->id),
                  valid->goalId,
                  sqlDate(valid->meetingDate),
                  valid->progress,
                  sqlText(valid->note),
                  sqlText(valid->confidentialNote)});
    if (!upsert)
        return failed(upsert.errorString());
    auto id = runQuery(m_db,
                       QStringLiteral("SELECT id FROM goal_checkin WHERE goal_id = ? AND meeting_date = ?"),
                       {valid->goalId, sqlDate(valid->meetingDate)});
    if (!id || !id->next())
        return failed(id ? QString() : id.errorString());
    const qint64 result = id->value(0).toLongLong();
    id->finish();
    if (Status committed = transaction.commit(); !committed)
        return failed(committed.errorString());
    return R(result);
}

Status GoalRepository::removeCheckIn(qint64 id)
{
    auto query = writeOnce(m_db, QStringLiteral("DELETE FROM goal_checkin WHERE id = ?"), {id});
    if (!query)
        return Status::failure(QCoreApplication::translate("GoalRepository", "Could not delete the check-in: %1")
                                   .arg(query.errorString()));
    return {};
}

} // namespace steward
