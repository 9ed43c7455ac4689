// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace steward {

/** Roles in a session beside the facilitator; observer and note-taker are pathways in from the edge. */
enum class SessionRole
{
    Presenter,
    NoteTaker,
    Observer,
    CoLead,
};

/** The stable key stored in the database and used on the command line ("note-taker", ...). */
QString sessionRoleKey(SessionRole role);
QString sessionRoleDisplayName(SessionRole role);
std::optional<SessionRole> sessionRoleFromKey(const QString& key);
QList<SessionRole> allSessionRoles();

/** One person in one role of a session (of every occurrence, for a series). */
struct SessionRoleAssignment
{
    qint64 personId = 0;
    SessionRole role = SessionRole::Presenter;

    bool operator==(const SessionRoleAssignment&) const = default;
};

} // namespace steward
