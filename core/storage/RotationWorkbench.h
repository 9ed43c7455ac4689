// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "schedule/RotationPlan.h"
#include "schedule/RotationSeat.h"
#include "schedule/RotationSeatRef.h"
#include "storage/RotationRecord.h"

#include <QDateTime>
#include <QStringList>

namespace steward {

class Database;

/** How the editor asks for the future of a rotation: from when, how many meetings (or shifts), how often. */
struct RotationSettings
{
    QDate from;
    int meetings = 12;
    int everyWeeks = 1;   // hot seats and micro-teach
    int daysPerShift = 7; // on-call
    int seatsPerMeeting = 1;
    int responseTargetMinutes = 0; // on-call; 0 keeps the stored target
    /** Holidays: days of the pattern without a meeting; they do not count towards `meetings`. */
    QList<QDate> skip;
};

/**
 * The edits the GUI makes to a stored rotation, as new records to store (through an undo command):
 * generate or regenerate the future (the past and the pins stay, as RotationSource keeps them), swap
 * two seats, mark a seat. The database is only read here.
 */
class RotationWorkbench
{
public:
    explicit RotationWorkbench(const Database& database);

    /** The stored plan of this kind for the group or community, if any. */
    Result<std::optional<RotationRecord>> stored(RotationKind kind, qint64 ownerId) const;
    /** The record as the engine shows it: names, absences, opt-outs and today's violations. */
    Result<RotationPlan> plan(const RotationRecord& record) const;
    /** Plans the meetings of `settings` from its first day on; `notes` gets what the user should hear. */
    Result<RotationRecord> regenerated(RotationKind kind,
                                       qint64 ownerId,
                                       const RotationSettings& settings,
                                       const QDateTime& now,
                                       QStringList* notes = nullptr) const;
    /** The record with the people of two seats exchanged (both seats then pinned). */
    Result<RotationRecord> swapped(const RotationRecord& record, RotationSeatRef first, RotationSeatRef second) const;
    /** The record with another person in one seat (pinned there by hand). */
    Result<RotationRecord> withPerson(const RotationRecord& record, RotationSeatRef seat, qint64 personId) const;
    /** The record with one seat marked done, skipped, moved or planned again. */
    Result<RotationRecord>
    withStatus(const RotationRecord& record, RotationSeatRef seat, RotationSeat::Status status) const;

    /** The meeting days of the settings: weekly (every N weeks) or, for on-call, a shift start every N days. */
    static QList<QDate> meetingDates(RotationKind kind, const RotationSettings& settings);
    /**
     * Settings that continue a stored plan: from the first meeting on or after today, as many, as often,
     * with the days the pattern skips (holidays) between its future meetings.
     */
    static RotationSettings continuing(const RotationRecord& record, QDate today);

private:
    const Database& m_database;
};

} // namespace steward
