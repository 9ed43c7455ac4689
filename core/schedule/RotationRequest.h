// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "schedule/RotationAbsence.h"
#include "schedule/RotationPerson.h"
#include "schedule/RotationSeat.h"

#include <QDate>
#include <QList>

namespace steward {

/**
 * Everything the rotation engine needs to plan the seats of a meeting series: the same value type
 * serves hot seats, micro-teach slots, on-call shifts and session roles.
 */
struct RotationRequest
{
    /** The meetings (or shift starts) in order, past ones included so held turns count. */
    QList<QDate> meetings;
    /** The people who take turns, in a stable order (it decides nothing but the seeded tie-break). */
    QList<RotationPerson> people;
    int seatsPerMeeting = 1;
    QList<RotationAbsence> absences;
    /** People who take no new seats (their held turns stay in the plan). */
    QList<qint64> optedOut;
    /** Turns already held: fixed, copied verbatim, counted for fairness. */
    QList<RotationSeat> held;
    /** Future seats fixed by hand (also what a swap leaves behind): fixed and copied verbatim. */
    QList<RotationSeat> pinned;
    /** Seats are generated only on meetings on or after this date (invalid: on every meeting). */
    QDate generateFrom;
    /** Breaks ties between people the rules rank equal; nothing else. */
    quint64 seed = 0;

    bool operator==(const RotationRequest&) const = default;

    /** Refuses a request the engine cannot plan, with one message naming the first problem. */
    Status validate() const;
    /** The people who are not opted out. */
    qsizetype eligibleCount() const;
    /** Index in `people`, or -1. */
    qsizetype indexOfPerson(qint64 personId) const;
    /** Index in `meetings`, or -1. */
    qsizetype indexOfMeeting(QDate date) const;
    /** Index of the first meeting on or after generateFrom. */
    qsizetype firstGeneratedMeeting() const;
};

} // namespace steward
