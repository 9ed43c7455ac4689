// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/SessionRoleSeat.h"
#include "schedule/RotationPlan.h"
#include "schedule/SessionRoleRequest.h"
#include "schedule/SessionRoleViolation.h"

#include <QJsonObject>
#include <QList>
#include <QMap>

#include <optional>

namespace steward {

/**
 * A recurring session's facilitators and note-takers as planned: one rotation-engine plan per role (meeting i of
 * each plan is occurrence i of the request) and every rule the plan could not keep, for both roles.
 */
struct SessionRolePlan
{
    SessionRoleRequest request;
    QList<SessionRoleSeat::Role> roles;
    /** Parallel to roles; each has one seat per meeting. */
    QList<RotationPlan> plans;
    QList<SessionRoleViolation> violations;

    /** The seat of a role at an occurrence (by its name), when that role is planned and the seat is taken. */
    std::optional<SessionRoleSeat> seat(QDate occurrence, SessionRoleSeat::Role role) const;
    /** Every taken seat, occurrence by occurrence, roles in plan order; stored seats as they are stored. */
    QList<SessionRoleSeat> seats() const;
    /** The seats the planner filled itself (what --save and Generate store). */
    QList<SessionRoleSeat> generatedSeats() const;
    /** Turns per person in one role, or both (nullopt), at meetings on or after `from` (invalid: all); everyone
     *  eligible is listed, 0 included. */
    QMap<qint64, int> turns(std::optional<SessionRoleSeat::Role> role = std::nullopt, QDate from = {}) const;
    /** The name plans show for a person (as RotationPlan::displayName). */
    QString displayName(qint64 personId) const;

    /**
     * The schedule commands' JSON contract plus the roles:
     * {"plan":[{"date":"YYYY-MM-DD","people":["A","B"],"roles":["facilitator","note-taker"],
     *           "facilitator":"A","note-taker":"B"},...],
     *  "turns":{"A":3,...}, "turnsByRole":{"facilitator":{...},"note-taker":{...}},
     *  "violations":[{"rule":"back-to-back","role":"note-taker","date":"YYYY-MM-DD","people":["A"],"reason":"..."}]}
     * "occurrence" is added to an entry whose occurrence was moved (the date it is stored under). Only meetings
     * on or after `from` (invalid: all) are listed, and turns and violations count those alone.
     */
    QJsonObject toJson(QDate from = {}) const;
};

} // namespace steward
