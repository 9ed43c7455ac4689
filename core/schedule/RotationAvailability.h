// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace steward {

struct RotationRequest;

/**
 * Who can sit at which meeting of a validated request, as a meetings × people table: the one
 * place that turns absences and opt-outs into availability, for the engine and its review alike.
 */
class RotationAvailability
{
public:
    explicit RotationAvailability(const RotationRequest& request);

    qsizetype meetingCount() const { return m_meetingCount; }
    qsizetype personCount() const { return m_personCount; }
    /** Not opted out. */
    bool isEligible(qsizetype person) const { return m_eligible.at(person); }
    bool isAbsent(qsizetype meeting, qsizetype person) const { return m_absent.at(meeting * m_personCount + person); }
    /** Eligible and not absent. */
    bool isAvailable(qsizetype meeting, qsizetype person) const
    {
        return m_eligible.at(person) && !isAbsent(meeting, person);
    }
    int availableCount(qsizetype meeting) const { return m_availableCount.at(meeting); }

private:
    qsizetype m_meetingCount = 0;
    qsizetype m_personCount = 0;
    QList<bool> m_eligible;
    QList<bool> m_absent; // row-major: meeting * personCount + person
    QList<int> m_availableCount;
};

} // namespace steward
