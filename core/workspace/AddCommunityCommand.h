// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Community.h"
#include "workspace/WorkspaceCommand.h"

namespace steward {

/** Adds a community; undo removes it again. */
class AddCommunityCommand : public WorkspaceCommand
{
public:
    AddCommunityCommand(Workspace& workspace, Community community);
    qint64 communityId() const { return m_community.id; }

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    Community m_community;
};

} // namespace steward
