// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionRole.h"

#include <QCoreApplication>

namespace steward {

QString sessionRoleKey(SessionRole role)
{
    switch (role) {
    case SessionRole::Presenter:
        return QStringLiteral("presenter");
    case SessionRole::NoteTaker:
        return QStringLiteral("note-taker");
    case SessionRole::Observer:
        return QStringLiteral("observer");
    case SessionRole::CoLead:
        return QStringLiteral("co-lead");
    }
    return {};
}

QString sessionRoleDisplayName(SessionRole role)
{
    switch (role) {
    case SessionRole::Presenter:
        return QCoreApplication::translate("SessionRole", "Presenter");
    case SessionRole::NoteTaker:
        return QCoreApplication::translate("SessionRole", "Note-taker");
    case SessionRole::Observer:
        return QCoreApplication::translate("SessionRole", "Observer");
    case SessionRole::CoLead:
        return QCoreApplication::translate("SessionRole", "Co-lead");
    }
    return {};
}

std::optional<SessionRole> sessionRoleFromKey(const QString& key)
{
    const QString wanted = key.trimmed().toLower();
    for (SessionRole role : allSessionRoles()) {
        if (sessionRoleKey(role) == wanted)
            return role;
    }
    return std::nullopt;
}

QList<SessionRole> allSessionRoles()
{
    return {SessionRole::Presenter, SessionRole::NoteTaker, SessionRole::Observer, SessionRole::CoLead};
}

} // namespace steward
