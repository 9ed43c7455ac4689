// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace steward {

/** A person away from `from` to `to`, both days included; no seat is given to them on those days. */
struct RotationAbsence
{
    qint64 personId = 0;
    QDate from;
    QDate to;

    bool covers(QDate date) const { return from <= date && date <= to; }
    bool operator==(const RotationAbsence&) const = default;
};

} // namespace steward
