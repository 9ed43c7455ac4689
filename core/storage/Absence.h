// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMetaType>
#include <QString>

namespace steward {

/** A person away from `from` to `to`, both days included: no rotation seats them on those days. */
struct Absence
{
    qint64 id = 0;
    qint64 personId = 0;
    QDate from;
    QDate to;
    QString note;

    bool covers(QDate date) const { return from <= date && date <= to; }
    bool operator==(const Absence&) const = default;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::Absence)
