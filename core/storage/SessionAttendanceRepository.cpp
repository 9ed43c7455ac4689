// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionAttendanceRepository.h"

#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/SessionRepository.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>

namespace steward {

SessionAttendanceRepository::SessionAttendanceRepository(const Database& database)
    : m_db(database.connection())
    , m_database(database)
{
}

Status SessionAttendanceRepository::record(const SessionAttendance& attendance)
{
    return recordAll({attendance});
}

Status SessionAttendanceRepository::recordAll(const QList<SessionAttendance>& attendances)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.errorString());
    // Each session is read and expanded once, however many records name it.
    struct Occurrences
    {
        QString title;
        QSet<QDate> dates;
    };
    QHash<qint64, std::optional<Occurrences>> sessions;
    QHash<qint64, bool> people;
    SessionRepository sessionRepository(m_database);
    PersonRepository personRepository(m_database);
    QSqlQuery upsert(m_db);
    if (!upsert.prepare(
            QStringLiteral("INSERT INTO session_attendance (session_id, occurrence_date, person_id, status) "
                           "VALUES (?,?,?,?) ON CONFLICT (session_id, occurrence_date, person_id) "
                           "DO UPDATE SET status = excluded.status")))
        return Status::failure(upsert.lastError().text());
    for (const SessionAttendance& a : attendances) {
        if (!sessions.contains(a.sessionId)) {
            auto found = sessionRepository.find(a.sessionId);
            if (!found)
                return Status::failure(found.errorString());
            std::optional<Occurrences> known;
            if (found->has_value()) {
                known = Occurrences{(*found)->title, {}};
                for (const SessionOccurrence& o : (*found)->occurrences())
                    known->dates.insert(o.date);
            }
            sessions.insert(a.sessionId, known);
        }
        const std::optional<Occurrences>& session = sessions[a.sessionId];
        if (!session)
            return Status::failure(
                QCoreApplication::translate("SessionAttendanceRepository", "There is no session with the id %1.")
                    .arg(a.sessionId));
        if (!session->dates.contains(a.date))
            return Status::failure(
                QCoreApplication::translate("SessionAttendanceRepository", "\"%1\" does not take place on %2.")
                    .arg(session->title, a.date.toString(Qt::ISODate)));
        if (!people.contains(a.personId)) {
            auto person = personRepository.find(a.personId);
            if (!person)
                return Status::failure(person.errorString());
            people.insert(a.personId, person->has_value());
        }
        if (!people.value(a.personId))
            return Status::failure(
                QCoreApplication::translate("SessionAttendanceRepository", "No person has the id %1.").arg(a.personId));
        if (Status s = rerunQuery(upsert, {a.sessionId, sqlDate(a.date), a.personId, attendanceStatusKey(a.status)});
            !s)
            return Status::failure(
                QCoreApplication::translate("SessionAttendanceRepository", "Could not record attendance: %1")
                    .arg(s.errorString()));
    }
    return transaction.commit();
}

Status SessionAttendanceRepository::remove(qint64 sessionId, QDate date, qint64 personId)
{
    auto query = runQuery(
        m_db,
        QStringLiteral("DELETE FROM session_attendance WHERE session_id = ? AND occurrence_date = ? AND person_id = ?"),
        {sessionId, sqlDate(date), personId});
    if (!query)
        return Status::failure(query.errorString());
    return {};
}

Result<QList<SessionAttendance>> SessionAttendanceRepository::select(const QString& where,
                                                                     const QVariantList& values) const
{
    using R = Result<QList<SessionAttendance>>;
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT a.session_id, a.occurrence_date, a.person_id, a.status "
                                         "FROM session_attendance a JOIN session s ON s.id = a.session_id WHERE %1 "
                                         "ORDER BY a.occurrence_date, a.session_id, a.person_id")
                              .arg(where),
                          values);
    if (!query)
        return R::failure(query.errorString());
    QList<SessionAttendance> list;
    while (query->next()) {
        list.append({query->value(0).toLongLong(),
                     dateFromSql(query->value(1)),
                     query->value(2).toLongLong(),
                     attendanceStatusFromKey(query->value(3).toString()).value_or(AttendanceStatus::Absent)});
    }
    return list;
}

Result<QList<SessionAttendance>> SessionAttendanceRepository::forSession(qint64 sessionId) const
{
    return select(QStringLiteral("a.session_id = ?"), {sessionId});
}

Result<QList<SessionAttendance>> SessionAttendanceRepository::forOccurrence(qint64 sessionId, QDate date) const
{
    return select(QStringLiteral("a.session_id = ? AND a.occurrence_date = ?"), {sessionId, sqlDate(date)});
}

Result<QList<SessionAttendance>> SessionAttendanceRepository::forPerson(qint64 personId) const
{
    return select(QStringLiteral("a.person_id = ?"), {personId});
}

Result<QList<SessionAttendance>> SessionAttendanceRepository::forCommunity(qint64 communityId) const
{
    return select(QStringLiteral("s.community_id = ?"), {communityId});
}

} // namespace steward
