// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/RotationSeat.h"
#include "schedule/RotationSeatRef.h"

#include <QList>

namespace steward {

/** A record of one hand edit of a plan (a swap, a person put into a seat, a status): enough to undo and redo it. */
struct RotationChange
{
    enum class Kind
    {
        SwapSeats,
        SeatPerson,
        SetStatus
    };
    struct Entry
    {
        RotationSeatRef ref;
        RotationSeat before;
        RotationSeat after;

        bool operator==(const Entry&) const = default;
    };

    Kind kind = Kind::SwapSeats;
    QList<Entry> entries;

    bool operator==(const RotationChange&) const = default;
};

} // namespace steward
