// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/RotationMeeting.h"
#include "schedule/RotationRequest.h"
#include "schedule/RotationSeatRef.h"
#include "schedule/RotationViolation.h"

#include <QJsonObject>
#include <QList>
#include <QMap>

namespace steward {

/**
 * A rotation as planned: one entry per requested meeting, the request it answers (so edits can be
 * checked against the same people, absences and opt-outs) and the rules it could not keep.
 */
struct RotationPlan
{
    RotationRequest request;
    QList<RotationMeeting> meetings;
    QList<RotationViolation> violations;

    bool operator==(const RotationPlan&) const = default;

    /** Seats held per person over the whole plan: every eligible person (0 included) and anyone seated. */
    QMap<qint64, int> turns() const;
    /** Every seat of the given origin, in meeting and seat order (e.g. the pins to store after swaps). */
    QList<RotationSeat> seats(RotationSeat::Origin origin) const;
    /**
     * The request that regenerates the future from `from` on: every seat before `from` becomes a
     * held turn (status kept), every pinned seat from `from` on stays pinned, the rest is planned again.
     */
    RotationRequest requestFrom(QDate from) const;
    /** The seat at ref, or nullptr when there is none. */
    const RotationSeat* seatAt(RotationSeatRef ref) const;
    /** The name plans show for a person: their name, with " (#id)" added when two people share it. */
    QString displayName(qint64 personId) const;

    /**
     * The command-line contract of `steward-cli schedule ...`:
     * {"plan":[{"date":"YYYY-MM-DD","people":["A",...]},...], "turns":{"A":3,...},
     *  "violations":[{"rule":"back-to-back","date":"YYYY-MM-DD","people":["A"],"reason":"..."},...]}
     */
    QJsonObject toJson() const;
};

} // namespace steward
