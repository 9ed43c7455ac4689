// SPDX-License-Identifier: GPL-3.0-or-later
#include "PairingState.h"

#include <QHash>

namespace steward {

PairingState::PairingState(const PairingRequest& request)
    : m_size(int(request.participants.size()))
    , m_mixTeams(request.preferMixingTeams)
    , m_team(std::size_t(m_size), -1)
    , m_history(std::size_t(m_size) * std::size_t(m_size), 0)
    , m_doNotPair(std::size_t(m_size) * std::size_t(m_size), 0)
    , m_meetings(std::size_t(m_size) * std::size_t(m_size), 0)
{
    QHash<qint64, int> indexOf;
    QHash<QString, int> teams;
    for (int i = 0; i < m_size; ++i) {
        const PairingParticipant& p = request.participants.at(i);
        m_ids.append(p.id);
        indexOf.insert(p.id, i);
        if (!p.team.isEmpty()) {
            auto team = teams.constFind(p.team);
            if (team == teams.constEnd())
                team = teams.insert(p.team, int(teams.size()));
            m_team[std::size_t(i)] = team.value();
        }
    }
    for (int a = 0; a < m_size; ++a) {
        for (int b = a + 1; b < m_size; ++b) {
            const int count = request.history.count(m_ids.at(a), m_ids.at(b));
            m_history[std::size_t(a * m_size + b)] = count;
            m_history[std::size_t(b * m_size + a)] = count;
        }
    }
    for (const auto& [first, second] : request.doNotPair) {
        const int a = indexOf.value(first, -1);
        const int b = indexOf.value(second, -1);
        if (a >= 0 && b >= 0 && a != b) {
            m_doNotPair[std::size_t(a * m_size + b)] = 1;
            m_doNotPair[std::size_t(b * m_size + a)] = 1;
        }
    }
}

PairingCost PairingState::costAt(int a, int b, int earlierMeetings) const
{
    PairingCost cost;
    cost.doNotPair = isDoNotPair(a, b) ? 1 : 0;
    cost.repeats = earlierMeetings > 0 ? 1 : 0;
    cost.spread = earlierMeetings;
    const int history = historyCount(a, b);
    cost.history = history > 0 ? 1 : 0;
    cost.historySpread = history;
    const int team = m_team[std::size_t(a)];
    cost.sameTeam = (m_mixTeams && team >= 0 && team == m_team[std::size_t(b)]) ? 1 : 0;
    return cost;
}

void PairingState::addMeeting(int a, int b, int times)
{
    m_meetings[std::size_t(a * m_size + b)] += times;
    m_meetings[std::size_t(b * m_size + a)] += times;
}

void PairingState::addRound(const PairingGroups& round)
{
    for (const QList<int>& group : round) {
        for (qsizetype i = 0; i < group.size(); ++i) {
            for (qsizetype j = i + 1; j < group.size(); ++j)
                addMeeting(group.at(i), group.at(j));
        }
    }
}

PairingCost PairingState::planCost(const QList<PairingGroups>& rounds) const
{
    PairingState scratch = *this;
    PairingCost total;
    for (const PairingGroups& round : rounds) {
        for (const QList<int>& group : round) {
            for (qsizetype i = 0; i < group.size(); ++i) {
                for (qsizetype j = i + 1; j < group.size(); ++j) {
                    total += scratch.meetingCost(group.at(i), group.at(j));
                    scratch.addMeeting(group.at(i), group.at(j));
                }
            }
        }
    }
    return total;
}

} // namespace steward
