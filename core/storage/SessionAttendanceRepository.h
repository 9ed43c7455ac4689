// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "model/SessionAttendance.h"

#include <QList>
#include <QSqlDatabase>

namespace steward {

class Database;

/** Who came to which occurrence of a session: attended, excused or absent. */
class SessionAttendanceRepository
{
public:
    explicit SessionAttendanceRepository(const Database& database);

    /** Records (or changes) one person's status at one occurrence; the occurrence must take place. */
    Status record(const SessionAttendance& attendance);
    /** Many records at once (e.g. a facilitator's attendance strip), all or none, in one transaction. */
    Status recordAll(const QList<SessionAttendance>& attendances);
    Status remove(qint64 sessionId, QDate date, qint64 personId);

    /** Ordered by date, then person id. */
    Result<QList<SessionAttendance>> forSession(qint64 sessionId) const;
    Result<QList<SessionAttendance>> forOccurrence(qint64 sessionId, QDate date) const;
    /** A person's history across every community, ordered by date. */
    Result<QList<SessionAttendance>> forPerson(qint64 personId) const;
    /** Every record of the community's sessions, ordered by date, session, person. */
    Result<QList<SessionAttendance>> forCommunity(qint64 communityId) const;

private:
    Result<QList<SessionAttendance>> select(const QString& where, const QVariantList& values) const;
    QSqlDatabase m_db;
    const Database& m_database;
};

} // namespace steward
