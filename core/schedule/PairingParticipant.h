// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace steward {

/** Someone to pair: an id (a person id, or 1..n on the command line), the name shown in plans, and a team. */
struct PairingParticipant
{
    qint64 id = 0;
    QString name;
    /** Empty: no team (never counts as "same team" when mixing teams). */
    QString team;

    bool operator==(const PairingParticipant&) const = default;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::PairingParticipant)
