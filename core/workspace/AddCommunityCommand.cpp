// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddCommunityCommand.h"

#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

AddCommunityCommand::AddCommunityCommand(Workspace& workspace, Community community)
    : WorkspaceCommand(workspace,
                       QCoreApplication::translate("AddCommunityCommand", "Add community %1").arg(community.name))
    , m_community(std::move(community))
{
}

Status AddCommunityCommand::apply()
{
    auto id = workspace().communityRepository().add(m_community);
    if (!id)
        return Status::failure(id.errorString());
    m_community.id = *id;
    return {};
}

Status AddCommunityCommand::revert()
{
    return workspace().communityRepository().remove(m_community.id);
}

void AddCommunityCommand::notify()
{
    workspace().notifyCommunitiesChanged();
}

} // namespace steward
