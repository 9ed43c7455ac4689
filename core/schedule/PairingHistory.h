// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QPair>

namespace steward {

/**
 * How often two people met in earlier sessions' pairs and small groups: a group of 3 or 4 counts as all its
 * pairs. Only meetings that took place belong here (the facilitator marks which pairs actually met).
 */
class PairingHistory
{
public:
    struct Entry
    {
        qint64 first = 0; // first < second
        qint64 second = 0;
        int count = 0;
        bool operator==(const Entry&) const = default;
    };

    void addMeeting(qint64 a, qint64 b, int times = 1);
    /** Every pair of the group met once. */
    void addGroup(const QList<qint64>& members);
    /** Every group of every round (e.g. a whole plan that took place as planned). */
    void addRounds(const QList<QList<QList<qint64>>>& rounds);

    int count(qint64 a, qint64 b) const;
    bool isEmpty() const { return m_counts.isEmpty(); }
    /** Ordered by (first, second), for storage. */
    QList<Entry> entries() const;

    bool operator==(const PairingHistory&) const = default;

private:
    static QPair<qint64, qint64> key(qint64 a, qint64 b) { return a < b ? qMakePair(a, b) : qMakePair(b, a); }
    QMap<QPair<qint64, qint64>, int> m_counts;
};

} // namespace steward
