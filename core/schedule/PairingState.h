// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/PairingCost.h"
#include "schedule/PairingRequest.h"

#include <QList>

#include <vector>

namespace steward {

/** Participants by index 0..n-1 in request order; a round is a list of groups of indices. */
using PairingGroups = QList<QList<int>>;

/**
 * The planner's working memory: by participant index, who must not meet, who met in earlier sessions, teams, and
 * how often each pair meets in the plan being built. Answers what one more (or one less) meeting costs.
 */
class PairingState
{
public:
    explicit PairingState(const PairingRequest& request);

    int size() const { return m_size; }
    qint64 idAt(int index) const { return m_ids.at(index); }

    /** The cost of adding one meeting of a and b to the plan as it stands. */
    PairingCost meetingCost(int a, int b) const { return costAt(a, b, meetings(a, b)); }
    /** The cost given back by removing one of the plan's meetings of a and b. */
    PairingCost leavingCost(int a, int b) const { return costAt(a, b, meetings(a, b) - 1); }
    int meetings(int a, int b) const { return m_meetings[std::size_t(a * m_size + b)]; }
    int historyCount(int a, int b) const { return m_history[std::size_t(a * m_size + b)]; }
    bool isDoNotPair(int a, int b) const { return m_doNotPair[std::size_t(a * m_size + b)] != 0; }

    void addMeeting(int a, int b, int times = 1);
    void addRound(const PairingGroups& round);
    /** The cost of a whole plan added to this state round by round (this state is left unchanged). */
    PairingCost planCost(const QList<PairingGroups>& rounds) const;

private:
    PairingCost costAt(int a, int b, int earlierMeetings) const;

    int m_size = 0;
    bool m_mixTeams = false;
    QList<qint64> m_ids;
    std::vector<int> m_team; // -1: no team
    std::vector<int> m_history;
    std::vector<char> m_doNotPair;
    std::vector<int> m_meetings;
};

} // namespace steward
