// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/SessionRoleSeat.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace steward {

/**
 * A rule a session-role plan could not keep: one of the rotation engine's rules for one role ("back-to-back",
 * "absent", ...), or "same-person" when one person would both facilitate and take notes at one meeting.
 */
struct SessionRoleViolation
{
    /** The engine's rule key (RotationViolation::ruleKey) or "same-person". */
    QString rule;
    /** The role whose rotation broke the rule; none for "same-person". */
    std::optional<SessionRoleSeat::Role> role;
    /** The date the meeting takes place. */
    QDate date;
    QList<qint64> people;
    QString reason;

    bool operator==(const SessionRoleViolation&) const = default;
};

} // namespace steward
