// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>

namespace steward {

/** One person's place in a stored round: the group (1-based) and whether they really met it. */
struct SessionPairingSeat
{
    int round = 1;
    int group = 1;
    qint64 personId = 0;
    /** Cleared by the facilitator when the person did not take part in that group after all. */
    bool met = true;

    bool operator==(const SessionPairingSeat&) const = default;
};

/**
 * The pairs and small groups of one occurrence of a session, as stored. Two people count as having met
 * (pairing history) when they shared a group and both seats are marked met.
 */
struct SessionPairing
{
    qint64 sessionId = 0;
    /** The occurrence (see SessionOccurrence::date). */
    QDate date;
    /** Ordered by round, group, then the order within the group. */
    QList<SessionPairingSeat> seats;

    bool operator==(const SessionPairing&) const = default;

    /** rounds[r][g] = the person ids of group g+1 in round r+1 (the planner's shape). */
    QList<QList<QList<qint64>>> rounds() const
    {
        QList<QList<QList<qint64>>> result;
        for (const SessionPairingSeat& seat : seats) {
            while (result.size() < seat.round)
                result.append(QList<QList<qint64>>());
            auto& round = result[seat.round - 1];
            while (round.size() < seat.group)
                round.append(QList<qint64>());
            round[seat.group - 1].append(seat.personId);
        }
        return result;
    }

    /** A pairing from planned rounds, every seat marked met. */
    static SessionPairing fromRounds(qint64 sessionId, QDate date, const QList<QList<QList<qint64>>>& rounds)
    {
        SessionPairing pairing;
        pairing.sessionId = sessionId;
        pairing.date = date;
        for (qsizetype r = 0; r < rounds.size(); ++r) {
            for (qsizetype g = 0; g < rounds.at(r).size(); ++g) {
                for (qint64 person : rounds.at(r).at(g))
                    pairing.seats.append({int(r + 1), int(g + 1), person, true});
            }
        }
        return pairing;
    }
};

} // namespace steward
