// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "schedule/RotationPlan.h"
#include "schedule/RotationRequest.h"
#include "storage/RotationRecord.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace steward {

class Database;

/** A rotation to plan: whose, its new meetings from a date on, and how to fill them. */
struct RotationSeries
{
    RotationKind kind = RotationKind::HotSeat;
    qint64 ownerId = 0; // the mastermind group (hot seats) or the community
    /** Seats are planned from this date on; the stored plan's meetings before it are kept as held turns. */
    QDate from;
    /** The new meetings (shift starts for on-call), rising, all on or after `from`. */
    QList<QDate> meetings;
    int seatsPerMeeting = 1;
    int daysPerShift = 0; // on-call only
    quint64 seed = 0;
    int responseTargetMinutes = 0; // on-call only; 0 keeps the stored plan's target
};

/** The engine's request for a series, and the stored plan it continues. */
struct RotationDraft
{
    RotationRequest request;
    std::optional<RotationRecord> stored;
    /** How many meetings of the stored plan, before `from`, the request keeps. */
    int keptMeetings = 0;
    /** What changed on the way that the user should hear about (e.g. pins of people who left, dropped). */
    QStringList notes;
};

/**
 * Reads what a rotation needs from the database and turns it into the engine's request: the people
 * who take turns (a group's members, a community's current members), their stored absences, and the
 * stored plan's past as held turns plus its pins. The one place the CLI, the sample and the GUI take
 * their rotation requests from, so a regenerate keeps the past the same way everywhere.
 */
class RotationSource
{
public:
    explicit RotationSource(const Database& database);

    /** A group's members, or a community's current members, ordered by name. */
    Result<QList<RotationPerson>> eligiblePeople(RotationKind kind, qint64 ownerId) const;
    /**
     * The request for the series. With a stored plan, its meetings before `from` stay (their seats
     * held, status kept), held seats on later dates stay too, and its pins on or after `from` stay
     * pinned; people with held turns who are no longer eligible stay in the request, opted out.
     */
    Result<RotationDraft> draft(const RotationSeries& series) const;
    /** The stored plan as the engine shows it: people, absences and the violations it has today. */
    Result<RotationPlan> storedPlan(const RotationRecord& record) const;

    /** What to store for a plan generated from a draft; topics stay with seats whose person did not change. */
    static RotationRecord
    record(const RotationPlan& plan, const RotationSeries& series, const RotationDraft& draft, const QDateTime& now);

private:
    Status addSeatedPeople(RotationRequest& request, const QList<RotationSeat>& seats) const;
    Result<QList<RotationAbsence>> absencesOf(const RotationRequest& request, int daysPerShift) const;
    /** The stored opt-outs of this kind in the rotation's community, for the people of the request. */
    Status addOptOuts(RotationRequest& request, RotationKind kind, qint64 ownerId) const;

    const Database& m_database;
};

} // namespace steward
