// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QMetaType>

namespace steward {

/** One session of a series as it actually takes place (exceptions applied). Instants carry the series' zone. */
struct RecurrenceOccurrence
{
    /** Position in the rule's sequence, 0-based; cancelled sessions keep their number. */
    int index = 0;
    /** The date the rule gives this session, and the instant it would have started (the RECURRENCE-ID). */
    QDate originalDate;
    QDateTime originalStart;
    QDateTime start;
    QDateTime end;
    bool moved = false;

    bool operator==(const RecurrenceOccurrence&) const = default;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::RecurrenceOccurrence)
