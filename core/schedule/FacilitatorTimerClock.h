// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace steward {

/**
 * A monotonic time source for the facilitator timer: milliseconds since some fixed point, never going back.
 * The timer reads it instead of counting ticks, so a slow or busy laptop never loses time; tests inject a fake.
 */
class FacilitatorTimerClock
{
public:
    virtual ~FacilitatorTimerClock() = default;
    virtual qint64 elapsedMs() const = 0;
};

} // namespace steward
