// SPDX-License-Identifier: GPL-3.0-or-later
#include "RotationSeat.h"

#include <array>

namespace steward {

namespace {
constexpr std::array kStatuses{RotationSeat::Status::Planned,
                               RotationSeat::Status::Done,
                               RotationSeat::Status::Skipped,
                               RotationSeat::Status::Moved,
                               RotationSeat::Status::Swapped};
} // namespace

QString RotationSeat::statusKey(Status status)
{
    switch (status) {
    case Status::Planned:
        return QStringLiteral("planned");
    case Status::Done:
        return QStringLiteral("done");
    case Status::Skipped:
        return QStringLiteral("skipped");
    case Status::Moved:
        return QStringLiteral("moved");
    case Status::Swapped:
        return QStringLiteral("swapped");
    }
    return {};
}

std::optional<RotationSeat::Status> RotationSeat::statusFromKey(const QString& key)
{
    for (const Status status : kStatuses) {
        if (statusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString RotationSeat::originKey(Origin origin)
{
    switch (origin) {
    case Origin::Generated:
        return QStringLiteral("generated");
    case Origin::Held:
        return QStringLiteral("held");
    case Origin::Pinned:
        return QStringLiteral("pinned");
    }
    return {};
}

} // namespace steward
