// SPDX-License-Identifier: GPL-3.0-or-later
#include "RotationRecord.h"

namespace steward {

QString RotationRecord::kindKey(RotationKind kind)
{
    switch (kind) {
    case RotationKind::HotSeat:
        return QStringLiteral("hot-seat");
    case RotationKind::MicroTeach:
        return QStringLiteral("micro-teach");
    case RotationKind::OnCall:
        return QStringLiteral("on-call");
    }
    return {};
}

std::optional<RotationKind> RotationRecord::kindFromKey(const QString& key)
{
    for (const RotationKind kind : {RotationKind::HotSeat, RotationKind::MicroTeach, RotationKind::OnCall}) {
        if (kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

std::optional<RotationSeat::Origin> RotationRecord::originFromKey(const QString& key)
{
    for (const auto origin :
         {RotationSeat::Origin::Generated, RotationSeat::Origin::Held, RotationSeat::Origin::Pinned}) {
        if (RotationSeat::originKey(origin) == key)
            return origin;
    }
    return std::nullopt;
}

} // namespace steward
