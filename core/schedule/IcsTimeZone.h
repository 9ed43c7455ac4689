// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace steward {

/**
 * The VTIMEZONE of a zone, derived from QTimeZone's transitions: one STANDARD or DAYLIGHT component per
 * transition over whole years covering the events (plus the one in force before), so a calendar resolves
 * every local time of the file exactly as Qt does.
 */
class IcsTimeZone
{
public:
    /** Unfolded content lines, BEGIN:VTIMEZONE .. END:VTIMEZONE, covering the years of [first, last]. */
    static QList<QByteArray> component(const QTimeZone& zone, const QDateTime& first, const QDateTime& last);
    /** True for zones written as UTC ("Z") rather than with a TZID. */
    static bool isUtc(const QTimeZone& zone);
    /** A UTC offset as iCalendar writes it: +0100, -0500, +053028. */
    static QByteArray offset(int seconds);
};

} // namespace steward
