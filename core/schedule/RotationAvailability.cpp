// SPDX-License-Identifier: GPL-3.0-or-later
#include "RotationAvailability.h"

#include "schedule/RotationRequest.h"

#include <algorithm>

namespace steward {

RotationAvailability::RotationAvailability(const RotationRequest& request)
    : m_meetingCount(request.meetings.size())
    , m_personCount(request.people.size())
    , m_eligible(m_personCount, true)
    , m_absent(m_meetingCount * m_personCount, false)
    , m_availableCount(m_meetingCount, 0)
{
    for (const qint64 id : request.optedOut) {
        if (const qsizetype person = request.indexOfPerson(id); person >= 0)
            m_eligible[person] = false;
    }
    const auto& dates = request.meetings;
    for (const RotationAbsence& absence : request.absences) {
        const qsizetype person = request.indexOfPerson(absence.personId);
        if (person < 0)
            continue;
        // Meetings are sorted, so the meetings an absence covers are one contiguous run.
        auto first = std::lower_bound(dates.cbegin(), dates.cend(), absence.from);
        auto last = std::upper_bound(first, dates.cend(), absence.to);
        for (auto it = first; it < last; ++it)
            m_absent[(it - dates.cbegin()) * m_personCount + person] = true;
    }
    for (qsizetype meeting = 0; meeting < m_meetingCount; ++meeting) {
        for (qsizetype person = 0; person < m_personCount; ++person) {
            if (isAvailable(meeting, person))
                ++m_availableCount[meeting];
        }
    }
}

} // namespace steward
