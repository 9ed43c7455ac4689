// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionRoleSeat.h"

#include <QCoreApplication>

namespace steward {

QString SessionRoleSeat::roleKey(Role role)
{
    return role == Role::Facilitator ? QStringLiteral("facilitator") : QStringLiteral("note-taker");
}

std::optional<SessionRoleSeat::Role> SessionRoleSeat::roleFromKey(const QString& key)
{
    const QString wanted = key.trimmed().toLower();
    for (Role role : allRoles()) {
        if (roleKey(role) == wanted)
            return role;
    }
    return std::nullopt;
}

QString SessionRoleSeat::roleDisplayName(Role role)
{
    return role == Role::Facilitator ? QCoreApplication::translate("SessionRoleSeat", "Facilitator")
                                     : QCoreApplication::translate("SessionRoleSeat", "Note-taker");
}

std::optional<RotationSeat::Origin> SessionRoleSeat::originFromKey(const QString& key)
{
    for (auto origin : {RotationSeat::Origin::Generated, RotationSeat::Origin::Held, RotationSeat::Origin::Pinned}) {
        if (RotationSeat::originKey(origin) == key)
            return origin;
    }
    return std::nullopt;
}

} // namespace steward
