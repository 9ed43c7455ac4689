// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/SessionRoleSeat.h"
#include "schedule/RotationAbsence.h"
#include "schedule/RotationPerson.h"

#include <QDate>
#include <QList>

namespace steward {

/**
 * What the session-role planner needs to rotate a recurring session's facilitator and note-taker: the
 * occurrences that take place, the people who take turns, their absences and the seats already stored.
 */
struct SessionRoleRequest
{
    qint64 sessionId = 0;
    /** The occurrences' names (the dates the rule gives them), parallel to `meetings`. */
    QList<QDate> occurrences;
    /** The dates the occurrences really take place on (moved ones at their new date), rising. */
    QList<QDate> meetings;
    /** The people who take turns, in a stable order. */
    QList<RotationPerson> people;
    /** People in `people` who take no new turns (they still hold what they held). */
    QList<qint64> optedOut;
    QList<RotationAbsence> absences;
    /** Every stored seat; held and pinned ones, and every one before generateFrom, never move. */
    QList<SessionRoleSeat> stored;
    /** The roles to plan, in this order (the first is planned first). */
    QList<SessionRoleSeat::Role> roles = SessionRoleSeat::allRoles();
    /** Seats are generated on occurrences taking place on or after this date (invalid: on every one). */
    QDate generateFrom;
    quint64 seed = 0;

    /** Index in `occurrences` of an occurrence name, or -1. */
    qsizetype indexOfOccurrence(QDate name) const { return occurrences.indexOf(name); }
};

} // namespace steward
