// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QMetaType>

namespace steward {

/**
 * One meeting of a session as it takes place: a one-off session, or one occurrence of a series with its
 * exceptions applied. `date` names it (the date the rule gives it, in the session's zone), so a moved
 * occurrence keeps the name attendance and pairings are stored under. Instants carry the session's zone.
 */
struct SessionOccurrence
{
    qint64 sessionId = 0;
    QDate date;
    QDateTime start;
    QDateTime end;
    bool moved = false;

    bool operator==(const SessionOccurrence&) const = default;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::SessionOccurrence)
