// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace steward {

/** Someone who can take a seat in a rotation: a person id (positive) and the name plans show. */
struct RotationPerson
{
    qint64 id = 0;
    QString name;

    bool operator==(const RotationPerson&) const = default;
};

} // namespace steward
