// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/SessionRoleEdit.h"
#include "workspace/WorkspaceCommand.h"

namespace steward {

/**
 * Stores one change of a session's rotating facilitators and note-takers (generated, swapped, given by hand,
 * marked done or skipped); undo stores the seats it found again.
 */
class SessionRoleCommand : public WorkspaceCommand
{
public:
    SessionRoleCommand(Workspace& workspace, qint64 communityId, SessionRoleEdit edit);

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    qint64 m_communityId = 0;
    SessionRoleEdit m_edit;
};

} // namespace steward
