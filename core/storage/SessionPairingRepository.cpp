// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionPairingRepository.h"

#include "storage/Database.h"
#include "storage/SessionRepository.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QSqlError>

namespace steward {

SessionPairingRepository::SessionPairingRepository(const Database& database)
    : m_db(database.connection())
    , m_database(database)
{
}

Status SessionPairingRepository::checkPairing(const SessionPairing& pairing) const
{
    auto session = SessionRepository(m_database).find(pairing.sessionId);
    if (!session)
        return Status::failure(session.errorString());
    if (!session->has_value())
        return Status::failure(
            QCoreApplication::translate("SessionPairingRepository", "There is no session with the id %1.")
                .arg(pairing.sessionId));
    if (!(*session)->occurrenceOn(pairing.date))
        return Status::failure(
            QCoreApplication::translate("SessionPairingRepository", "\"%1\" does not take place on %2.")
                .arg((*session)->title, pairing.date.toString(Qt::ISODate)));
    QSet<QPair<int, qint64>> seated;  // (round, person)
    QMap<QPair<int, int>, int> sizes; // (round, group) -> people
    for (const SessionPairingSeat& seat : pairing.seats) {
        if (seat.round < 1 || seat.group < 1)
            return Status::failure(
                QCoreApplication::translate("SessionPairingRepository", "Rounds and groups are numbered from 1."));
        if (seated.contains({seat.round, seat.personId}))
            return Status::failure(
                QCoreApplication::translate("SessionPairingRepository", "Person %1 is in two groups of round %2.")
                    .arg(seat.personId)
                    .arg(seat.round));
        seated.insert({seat.round, seat.personId});
        ++sizes[{seat.round, seat.group}];
    }
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it) {
        if (it.value() < 2)
            return Status::failure(
                QCoreApplication::translate("SessionPairingRepository", "Group %1 of round %2 leaves someone alone.")
                    .arg(it.key().second)
                    .arg(it.key().first));
    }
    return {};
}

Status SessionPairingRepository::save(const SessionPairing& pairing)
{
    if (Status c = checkPairing(pairing); !c)
        return c;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.errorString());
    if (Status s = remove(pairing.sessionId, pairing.date); !s)
        return s;
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral("INSERT INTO session_pairing (session_id, occurrence_date, round_no, group_no, "
                                       "person_id, met) VALUES (?,?,?,?,?,?)")))
        return Status::failure(insert.lastError().text());
    for (const SessionPairingSeat& seat : pairing.seats) {
        if (Status s = rerunQuery(
                insert,
                {pairing.sessionId, sqlDate(pairing.date), seat.round, seat.group, seat.personId, seat.met ? 1 : 0});
            !s)
            return Status::failure(
                QCoreApplication::translate("SessionPairingRepository", "Could not save the pairs: %1")
                    .arg(s.errorString()));
    }
    return transaction.commit();
}

Result<SessionPairing> SessionPairingRepository::find(qint64 sessionId, QDate date) const
{
    // The id keeps the planner's order within a group.
    auto query =
        runQuery(m_db,
                 QStringLiteral("SELECT round_no, group_no, person_id, met FROM session_pairing "
                                "WHERE session_id = ? AND occurrence_date = ? ORDER BY round_no, group_no, id"),
                 {sessionId, sqlDate(date)});
    if (!query)
        return Result<SessionPairing>::failure(query.errorString());
    SessionPairing pairing;
    pairing.sessionId = sessionId;
    pairing.date = date;
    while (query->next()) {
        pairing.seats.append({query->value(0).toInt(),
                              query->value(1).toInt(),
                              query->value(2).toLongLong(),
                              query->value(3).toInt() != 0});
    }
    return pairing;
}

Status SessionPairingRepository::remove(qint64 sessionId, QDate date)
{
    auto query = runQuery(m_db,
                          QStringLiteral("DELETE FROM session_pairing WHERE session_id = ? AND occurrence_date = ?"),
                          {sessionId, sqlDate(date)});
    if (!query)
        return Status::failure(query.errorString());
    return {};
}

Status SessionPairingRepository::setMet(qint64 sessionId, QDate date, int round, qint64 personId, bool met)
{
    auto query = runQuery(m_db,
                          QStringLiteral("UPDATE session_pairing SET met = ? WHERE session_id = ? AND "
                                         "occurrence_date = ? AND round_no = ? AND person_id = ?"),
                          {met ? 1 : 0, sessionId, sqlDate(date), round, personId});
    if (!query)
        return Status::failure(query.errorString());
    if (query->numRowsAffected() == 0)
        return Status::failure(
            QCoreApplication::translate("SessionPairingRepository", "Person %1 has no group in round %2 on %3.")
                .arg(personId)
                .arg(round)
                .arg(date.toString(Qt::ISODate)));
    return {};
}

Status SessionPairingRepository::setGroupMet(qint64 sessionId, QDate date, int round, int group, bool met)
{
    auto query = runQuery(m_db,
                          QStringLiteral("UPDATE session_pairing SET met = ? WHERE session_id = ? AND "
                                         "occurrence_date = ? AND round_no = ? AND group_no = ?"),
                          {met ? 1 : 0, sessionId, sqlDate(date), round, group});
    if (!query)
        return Status::failure(query.errorString());
    if (query->numRowsAffected() == 0)
        return Status::failure(
            QCoreApplication::translate("SessionPairingRepository", "Round %1 on %2 has no group %3.")
                .arg(round)
                .arg(date.toString(Qt::ISODate))
                .arg(group));
    return {};
}

Result<PairingHistory> SessionPairingRepository::history(qint64 communityId, QDate before) const
{
    QString sql = QStringLiteral(
        "SELECT a.person_id, b.person_id, count(*) FROM session_pairing a "
        "JOIN session_pairing b ON b.session_id = a.session_id AND b.occurrence_date = a.occurrence_date "
        "AND b.round_no = a.round_no AND b.group_no = a.group_no AND b.person_id > a.person_id "
        "JOIN session s ON s.id = a.session_id "
        "WHERE s.community_id = ? AND a.met = 1 AND b.met = 1");
    QVariantList values{communityId};
    if (before.isValid()) {
        sql += QStringLiteral(" AND a.occurrence_date < ?");
        values << sqlDate(before);
    }
    sql += QStringLiteral(" GROUP BY a.person_id, b.person_id");
    auto query = runQuery(m_db, sql, values);
    if (!query)
        return Result<PairingHistory>::failure(query.errorString());
    PairingHistory history;
    while (query->next())
        history.addMeeting(query->value(0).toLongLong(), query->value(1).toLongLong(), query->value(2).toInt());
    return history;
}

Result<QList<QPair<qint64, qint64>>> SessionPairingRepository::doNotPair(qint64 communityId) const
{
    using R = Result<QList<QPair<qint64, qint64>>>;
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT person_id, other_person_id FROM do_not_pair WHERE community_id = ? "
                                         "ORDER BY person_id, other_person_id"),
                          {communityId});
    if (!query)
        return R::failure(query.errorString());
    QList<QPair<qint64, qint64>> pairs;
    while (query->next())
        pairs.append({query->value(0).toLongLong(), query->value(1).toLongLong()});
    return pairs;
}

Status SessionPairingRepository::addDoNotPair(qint64 communityId, qint64 person, qint64 otherPerson)
{
    if (person == otherPerson)
        return Status::failure(
            QCoreApplication::translate("SessionPairingRepository", "A do-not-pair wish needs two different people."));
    auto query = runQuery(m_db,
                          QStringLiteral("INSERT OR IGNORE INTO do_not_pair (community_id, person_id, other_person_id) "
                                         "VALUES (?,?,?)"),
                          {communityId, std::min(person, otherPerson), std::max(person, otherPerson)});
    if (!query)
        return Status::failure(
            QCoreApplication::translate("SessionPairingRepository", "Could not save the do-not-pair wish: %1")
                .arg(query.errorString()));
    return {};
}

Status SessionPairingRepository::removeDoNotPair(qint64 communityId, qint64 person, qint64 otherPerson)
{
    auto query = runQuery(m_db,
                          QStringLiteral("DELETE FROM do_not_pair WHERE community_id = ? AND person_id = ? AND "
                                         "other_person_id = ?"),
                          {communityId, std::min(person, otherPerson), std::max(person, otherPerson)});
    if (!query)
        return Status::failure(query.errorString());
    return {};
}

} // namespace steward
