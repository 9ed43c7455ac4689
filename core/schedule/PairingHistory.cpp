// SPDX-License-Identifier: GPL-3.0-or-later
#include "PairingHistory.h"

namespace steward {

void PairingHistory::addMeeting(qint64 a, qint64 b, int times)
{
    if (a == b || times == 0)
        return;
    int& count = m_counts[key(a, b)];
    count = std::max(0, count + times);
    if (count == 0)
        m_counts.remove(key(a, b));
}

void PairingHistory::addGroup(const QList<qint64>& members)
{
    for (qsizetype i = 0; i < members.size(); ++i) {
        for (qsizetype j = i + 1; j < members.size(); ++j)
            addMeeting(members.at(i), members.at(j));
    }
}

void PairingHistory::addRounds(const QList<QList<QList<qint64>>>& rounds)
{
    for (const auto& round : rounds) {
        for (const auto& group : round)
            addGroup(group);
    }
}

int PairingHistory::count(qint64 a, qint64 b) const
{
    return a == b ? 0 : m_counts.value(key(a, b), 0);
}

QList<PairingHistory::Entry> PairingHistory::entries() const
{
    QList<Entry> list;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        list.append({it.key().first, it.key().second, it.value()});
    return list;
}

} // namespace steward
