// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/RotationSeat.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace steward {

/**
 * Who holds one rotating role (facilitator or note-taker) at one occurrence of a recurring session, why
 * (generated, held, pinned by hand) and what became of the turn: one row of session_role_seat.
 */
struct SessionRoleSeat
{
    enum class Role
    {
        Facilitator,
        NoteTaker
    };

    qint64 sessionId = 0;
    /** The occurrence's name: the date the rule gives it (a moved occurrence keeps it), as attendance uses. */
    QDate date;
    Role role = Role::Facilitator;
    /** 0: nobody (the person was removed, or nobody could be found). */
    qint64 personId = 0;
    RotationSeat::Origin origin = RotationSeat::Origin::Generated;
    RotationSeat::Status status = RotationSeat::Status::Planned;

    bool isFixed() const { return origin != RotationSeat::Origin::Generated; }
    bool sameCell(const SessionRoleSeat& other) const
    {
        return sessionId == other.sessionId && date == other.date && role == other.role;
    }
    bool operator==(const SessionRoleSeat&) const = default;

    /** "facilitator", "note-taker": the keys stored and used on the command line. */
    static QString roleKey(Role role);
    static std::optional<Role> roleFromKey(const QString& key);
    /** The translated name shown to people. */
    static QString roleDisplayName(Role role);
    static QList<Role> allRoles() { return {Role::Facilitator, Role::NoteTaker}; }
    static std::optional<RotationSeat::Origin> originFromKey(const QString& key);
};

} // namespace steward

Q_DECLARE_METATYPE(steward::SessionRoleSeat)
