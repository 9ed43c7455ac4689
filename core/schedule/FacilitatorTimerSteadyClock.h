// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/FacilitatorTimerClock.h"

#include <QElapsedTimer>

namespace steward {

/** The real time source: QElapsedTimer (a monotonic clock where the platform has one), started on creation. */
class FacilitatorTimerSteadyClock : public FacilitatorTimerClock
{
public:
    FacilitatorTimerSteadyClock();
    qint64 elapsedMs() const override;

private:
    QElapsedTimer m_timer;
};

} // namespace steward
