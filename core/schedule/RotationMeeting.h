// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/RotationSeat.h"

#include <QDate>
#include <QList>

namespace steward {

/** One meeting of a plan: always seatsPerMeeting seats, fixed seats first, empty seats last. */
struct RotationMeeting
{
    QDate date;
    QList<RotationSeat> seats;

    /** The ids of the people seated, in seat order (empty seats left out). */
    QList<qint64> people() const
    {
        QList<qint64> ids;
        for (const RotationSeat& seat : seats) {
            if (!seat.isEmpty())
                ids.append(seat.personId);
        }
        return ids;
    }
    bool operator==(const RotationMeeting&) const = default;
};

} // namespace steward
