// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QtGlobal>

namespace steward {

/** Where a seat sits in a plan: the meeting's index and the seat's index within that meeting. */
struct RotationSeatRef
{
    qsizetype meeting = -1;
    qsizetype seat = -1;

    bool operator==(const RotationSeatRef&) const = default;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::RotationSeatRef)
