// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "model/SessionPairing.h"
#include "schedule/PairingHistory.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>

namespace steward {

class Database;

/**
 * Stored pairs and small groups of session occurrences, the pairing history they add up to, and each
 * community's private do-not-pair list.
 */
class SessionPairingRepository
{
public:
    explicit SessionPairingRepository(const Database& database);

    /**
     * Stores the rounds of one occurrence, replacing what was stored for it, in one transaction. Refuses an
     * occurrence that does not take place, a person twice in a round and a group of one.
     */
    Status save(const SessionPairing& pairing);
    /** The stored rounds of one occurrence; no seats when none were stored. */
    Result<SessionPairing> find(qint64 sessionId, QDate date) const;
    Status remove(qint64 sessionId, QDate date);
    /** Marks whether one person really took part in their group of a round. */
    Status setMet(qint64 sessionId, QDate date, int round, qint64 personId, bool met);
    /** Marks a whole group of a round as met or not. */
    Status setGroupMet(qint64 sessionId, QDate date, int round, int group, bool met);

    /**
     * Who met whom in the community's stored pairings on occurrences before `before` (an invalid date: all):
     * two people count once per group they shared with both seats marked met.
     */
    Result<PairingHistory> history(qint64 communityId, QDate before = {}) const;

    /** The community's do-not-pair wishes as (smaller id, larger id), ordered. */
    Result<QList<QPair<qint64, qint64>>> doNotPair(qint64 communityId) const;
    Status addDoNotPair(qint64 communityId, qint64 person, qint64 otherPerson);
    Status removeDoNotPair(qint64 communityId, qint64 person, qint64 otherPerson);

private:
    Status checkPairing(const SessionPairing& pairing) const;
    QSqlDatabase m_db;
    const Database& m_database;
};

} // namespace steward
