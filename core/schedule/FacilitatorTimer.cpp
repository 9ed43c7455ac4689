// SPDX-License-Identifier: GPL-3.0-or-later
#include "FacilitatorTimer.h"

#include "schedule/FacilitatorTimerClock.h"

#include <algorithm>

namespace steward {

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;

} // namespace

FacilitatorTimer::FacilitatorTimer(const FacilitatorTimerClock& clock, QList<SessionPhase> phases)
    : m_clock(clock)
    , m_phases(std::move(phases))
    , m_spentMs(m_phases.size(), 0)
    , m_addedMs(m_phases.size(), 0)
{
}

SessionPhase FacilitatorTimer::currentPhase() const
{
    if (m_phases.isEmpty())
        return {};
    SessionPhase phase = m_phases.at(m_current);
    phase.minutes = int(allottedMs() / kMinuteMs);
    return phase;
}

void FacilitatorTimer::start()
{
    if (m_running || m_phases.isEmpty())
        return;
    m_running = true;
    m_runningSince = m_clock.elapsedMs();
}

void FacilitatorTimer::pause()
{
    if (!m_running)
        return;
    settle();
    m_running = false;
}

void FacilitatorTimer::toggle()
{
    m_running ? pause() : start();
}

void FacilitatorTimer::next()
{
    if (hasNext())
        moveTo(m_current + 1);
}

void FacilitatorTimer::previous()
{
    if (hasPrevious())
        moveTo(m_current - 1);
}

void FacilitatorTimer::moveTo(int index)
{
    settle();
    m_current = index;
}

void FacilitatorTimer::settle()
{
    if (!m_running || m_phases.isEmpty())
        return;
    const qint64 now = m_clock.elapsedMs();
    m_spentMs[m_current] += std::max<qint64>(0, now - m_runningSince);
    m_runningSince = now;
}

void FacilitatorTimer::addMinutes(int minutes)
{
    if (m_phases.isEmpty())
        return;
    const qint64 base = qint64(m_phases.at(m_current).minutes) * kMinuteMs;
    // The length never drops below zero: taking a minute from a phase with none left does nothing.
    m_addedMs[m_current] = std::max(-base, m_addedMs.at(m_current) + minutes * kMinuteMs);
}

qint64 FacilitatorTimer::allottedMs() const
{
    if (m_phases.isEmpty())
        return 0;
    return qint64(m_phases.at(m_current).minutes) * kMinuteMs + m_addedMs.at(m_current);
}

qint64 FacilitatorTimer::spentMs() const
{
    if (m_phases.isEmpty())
        return 0;
    qint64 spent = m_spentMs.at(m_current);
    if (m_running)
        spent += std::max<qint64>(0, m_clock.elapsedMs() - m_runningSince);
    return spent;
}

qint64 FacilitatorTimer::remainingMs() const
{
    return allottedMs() - spentMs();
}

FacilitatorTimer::Warning FacilitatorTimer::warning() const
{
    if (m_phases.isEmpty())
        return Warning::None;
    const qint64 remaining = remainingMs();
    if (remaining <= 0)
        return Warning::Overrun;
    return remaining <= kMinuteMs ? Warning::LastMinute : Warning::None;
}

QString FacilitatorTimer::formatRemaining(qint64 remainingMs)
{
    // Counting down, 4:04.2 left shows as 4:05; counting up past zero, 1:07.9 over shows as -1:07.
    const bool over = remainingMs < 0;
    const qint64 seconds = over ? (-remainingMs) / 1000 : (remainingMs + 999) / 1000;
    const QString text = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return over && seconds > 0 ? QLatin1Char('-') + text : text;
}

} // namespace steward
