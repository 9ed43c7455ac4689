// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionRoleCommand.h"

#include "storage/SessionRoleSeatRepository.h"
#include "workspace/Workspace.h"

namespace steward {

SessionRoleCommand::SessionRoleCommand(Workspace& workspace, qint64 communityId, SessionRoleEdit edit)
    : WorkspaceCommand(workspace, edit.text)
    , m_communityId(communityId)
    , m_edit(std::move(edit))
{
}

Status SessionRoleCommand::apply()
{
    return SessionRoleSeatRepository(workspace().database()).replace(m_edit.before, m_edit.after);
}

Status SessionRoleCommand::revert()
{
    return SessionRoleSeatRepository(workspace().database()).replace(m_edit.after, m_edit.before);
}

void SessionRoleCommand::notify()
{
    workspace().notifySessionsChanged(m_communityId);
}

} // namespace steward
