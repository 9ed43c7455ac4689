// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditCommunityCommand.h"

#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

EditCommunityCommand::EditCommunityCommand(Workspace& workspace, Community before, Community after)
    : WorkspaceCommand(workspace,
                       QCoreApplication::translate("EditCommunityCommand", "Edit community %1").arg(after.name))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

Status EditCommunityCommand::apply()
{
    return workspace().communityRepository().update(m_after);
}

Status EditCommunityCommand::revert()
{
    return workspace().communityRepository().update(m_before);
}

void EditCommunityCommand::notify()
{
    workspace().notifyCommunitiesChanged();
}

} // namespace steward
