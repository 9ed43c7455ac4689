// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>

namespace steward {

/** The source of "now" for the core; tests inject a fixed clock instead of the system one. */
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }

    /** The process-wide system clock. */
    static const Clock& system();
};

/** A clock that always answers the same instant (tests, deterministic samples). */
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime instant)
        : m_instant(std::move(instant))
    {
    }
    QDateTime now() const override { return m_instant; }
    void setNow(QDateTime instant) { m_instant = std::move(instant); }

private:
    QDateTime m_instant;
};

} // namespace steward
