// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/SessionPhase.h"

#include <QList>
#include <QString>

namespace steward {

class FacilitatorTimerClock;

/**
 * The countdown of facilitator mode: the phases of a session in order, each with its own length and time spent.
 * Time spent is the sum of the stretches the timer ran, read from a monotonic clock (never counted in ticks),
 * so what it shows is right however seldom it is asked. A phase that runs over keeps counting, negative.
 * Moving to another phase keeps the running state; each phase keeps its own time spent and minutes added.
 */
class FacilitatorTimer
{
public:
    enum class Warning
    {
        None,
        LastMinute, // one minute or less left
        Overrun,    // the phase's time is up; remaining is zero or negative
    };

    FacilitatorTimer(const FacilitatorTimerClock& clock, QList<SessionPhase> phases);

    const QList<SessionPhase>& phases() const { return m_phases; }
    int phaseCount() const { return int(m_phases.size()); }
    int currentIndex() const { return m_current; }
    /** The current phase with any minutes added or taken; an empty phase when the plan has none. */
    SessionPhase currentPhase() const;
    bool hasNext() const { return m_current + 1 < phaseCount(); }
    bool hasPrevious() const { return m_current > 0; }

    bool isRunning() const { return m_running; }
    void start();
    void pause();
    void toggle();
    void next();
    void previous();
    /** Adds (or with a negative count takes) whole minutes to the current phase; its length stays >= 0. */
    void addMinutes(int minutes);

    /** The current phase's length, minutes added included. */
    qint64 allottedMs() const;
    qint64 spentMs() const;
    /** Negative once the phase runs over. */
    qint64 remainingMs() const;
    Warning warning() const;

    /** "4:05" (seconds rounded up, as a countdown shows them), "0:00", "-1:07" for an overrun. */
    static QString formatRemaining(qint64 remainingMs);

private:
    /** Adds the stretch since the last start to the current phase's time spent. */
    void settle();
    void moveTo(int index);

    const FacilitatorTimerClock& m_clock;
    QList<SessionPhase> m_phases;
    QList<qint64> m_spentMs;
    QList<qint64> m_addedMs;
    int m_current = 0;
    bool m_running = false;
    qint64 m_runningSince = 0;
};

} // namespace steward
