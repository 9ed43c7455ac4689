// SPDX-License-Identifier: GPL-3.0-or-later
#include "RotationViolation.h"

namespace steward {

QString RotationViolation::ruleKey(Rule rule)
{
    switch (rule) {
    case Rule::Understaffed:
        return QStringLiteral("understaffed");
    case Rule::Absent:
        return QStringLiteral("absent");
    case Rule::OptedOut:
        return QStringLiteral("opted-out");
    case Rule::BackToBack:
        return QStringLiteral("back-to-back");
    case Rule::Uneven:
        return QStringLiteral("uneven");
    }
    return {};
}

} // namespace steward
