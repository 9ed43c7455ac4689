// SPDX-License-Identifier: GPL-3.0-or-later
#include "FacilitatorTimerSteadyClock.h"

namespace steward {

FacilitatorTimerSteadyClock::FacilitatorTimerSteadyClock()
{
    m_timer.start();
}

qint64 FacilitatorTimerSteadyClock::elapsedMs() const
{
    return m_timer.elapsed();
}

} // namespace steward
