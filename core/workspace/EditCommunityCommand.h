// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Community.h"
#include "workspace/WorkspaceCommand.h"

namespace steward {

/** Changes a community's fields; undo puts the old values back. */
class EditCommunityCommand : public WorkspaceCommand
{
public:
    EditCommunityCommand(Workspace& workspace, Community before, Community after);

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    Community m_before;
    Community m_after;
};

} // namespace steward
