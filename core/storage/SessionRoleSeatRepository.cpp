// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionRoleSeatRepository.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>

namespace steward {

namespace {

const QString kColumns = QStringLiteral("session_id, occurrence_date, role, ifnull(person_id, 0), origin, status");

Result<QList<SessionRoleSeat>> readSeats(QSqlQuery& q)
{
    QList<SessionRoleSeat> seats;
    while (q.next()) {
        SessionRoleSeat seat;
        seat.sessionId = q.value(0).toLongLong();
        seat.date = dateFromSql(q.value(1));
        seat.role = SessionRoleSeat::roleFromKey(q.value(2).toString()).value_or(SessionRoleSeat::Role::Facilitator);
        seat.personId = q.value(3).toLongLong();
        seat.origin = SessionRoleSeat::originFromKey(q.value(4).toString()).value_or(RotationSeat::Origin::Generated);
        seat.status = RotationSeat::statusFromKey(q.value(5).toString()).value_or(RotationSeat::Status::Planned);
        seats.append(seat);
    }
    return seats;
}

QString cellText(const SessionRoleSeat& seat)
{
    return QStringLiteral("%1 %2").arg(SessionRoleSeat::roleDisplayName(seat.role).toLower(),
                                       seat.date.toString(Qt::ISODate));
}

} // namespace

SessionRoleSeatRepository::SessionRoleSeatRepository(const Database& database)
    : m_db(database.connection())
{
}

Result<QList<SessionRoleSeat>> SessionRoleSeatRepository::forSession(qint64 sessionId) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT %1 FROM session_role_seat WHERE session_id = ? ORDER BY occurrence_date, "
                                     "role = 'note-taker'")
                          .arg(kColumns),
                      {sessionId});
    if (!q)
        return Result<QList<SessionRoleSeat>>::failure(q.errorString());
    return readSeats(*q);
}

Result<QList<SessionRoleSeat>> SessionRoleSeatRepository::on(qint64 sessionId, QDate occurrence) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT %1 FROM session_role_seat WHERE session_id = ? AND occurrence_date = ? "
                                     "ORDER BY role = 'note-taker'")
                          .arg(kColumns),
                      {sessionId, sqlDate(occurrence)});
    if (!q)
        return Result<QList<SessionRoleSeat>>::failure(q.errorString());
    return readSeats(*q);
}

Status SessionRoleSeatRepository::checkSeats(const QList<SessionRoleSeat>& seats) const
{
    QSet<QString> cells;
    for (const SessionRoleSeat& seat : seats) {
        const QString cell = QStringLiteral("%1/%2/%3")
                                 .arg(seat.sessionId)
                                 .arg(seat.date.toString(Qt::ISODate), SessionRoleSeat::roleKey(seat.role));
        if (!seat.date.isValid())
            return Status::failure(
                QCoreApplication::translate("SessionRoleSeatRepository", "A role seat has no valid date."));
        if (cells.contains(cell))
            return Status::failure(
                QCoreApplication::translate("SessionRoleSeatRepository", "The %1 seat is given twice.")
                    .arg(cellText(seat)));
        cells.insert(cell);
    }
    return {};
}

Status SessionRoleSeatRepository::checkNoDoubleRole(const QList<SessionRoleSeat>& seats) const
{
    QSet<QString> checked;
    for (const SessionRoleSeat& seat : seats) {
        const QString key = QStringLiteral("%1/%2").arg(seat.sessionId).arg(seat.date.toString(Qt::ISODate));
        if (checked.contains(key))
            continue;
        checked.insert(key);
        auto q = runQuery(m_db,
                          QStringLiteral("SELECT p.name FROM session_role_seat r JOIN person p ON p.id = r.person_id "
                                         "WHERE r.session_id = ? AND r.occurrence_date = ? GROUP BY r.person_id "
                                         "HAVING count(*) > 1"),
                          {seat.sessionId, sqlDate(seat.date)});
        if (!q)
            return Status::failure(q.errorString());
        if (q->next())
            return Status::failure(QCoreApplication::translate("SessionRoleSeatRepository",
                                                               "%1 cannot both facilitate and take notes on %2.")
                                       .arg(q->value(0).toString(), seat.date.toString(Qt::ISODate)));
    }
    return {};
}

Status SessionRoleSeatRepository::replace(const QList<SessionRoleSeat>& cells, const QList<SessionRoleSeat>& seats)
{
    if (Status s = checkSeats(seats); !s)
        return s;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.errorString());
    for (const SessionRoleSeat& cell : cells + seats) {
        auto removed = runQuery(m_db,
                                QStringLiteral("DELETE FROM session_role_seat WHERE session_id = ? AND "
                                               "occurrence_date = ? AND role = ?"),
                                {cell.sessionId, sqlDate(cell.date), SessionRoleSeat::roleKey(cell.role)});
        if (!removed)
            return Status::failure(removed.errorString());
    }
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral("INSERT INTO session_role_seat (session_id, occurrence_date, role, person_id, "
                                       "origin, status) VALUES (?,?,?,?,?,?)")))
        return Status::failure(insert.lastError().text());
    for (const SessionRoleSeat& seat : seats) {
        const QVariant person = seat.personId == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(seat.personId);
        if (Status s = rerunQuery(insert,
                                  {seat.sessionId,
                                   sqlDate(seat.date),
                                   SessionRoleSeat::roleKey(seat.role),
                                   person,
                                   RotationSeat::originKey(seat.origin),
                                   RotationSeat::statusKey(seat.status)});
            !s)
            return Status::failure(
                QCoreApplication::translate("SessionRoleSeatRepository", "Could not store the %1 seat: %2")
                    .arg(cellText(seat), s.errorString()));
    }
    if (Status s = checkNoDoubleRole(seats); !s)
        return s;
    return transaction.commit();
}

} // namespace steward
