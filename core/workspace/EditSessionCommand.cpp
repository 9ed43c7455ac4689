// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditSessionCommand.h"

#include "workspace/Workspace.h"

namespace steward {

EditSessionCommand::EditSessionCommand(Workspace& workspace,
                                       SessionCommandContent before,
                                       SessionCommandContent after,
                                       QString text)
    : WorkspaceCommand(workspace, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

Status EditSessionCommand::apply()
{
    return m_after.write(workspace().database());
}

Status EditSessionCommand::revert()
{
    return m_before.write(workspace().database());
}

void EditSessionCommand::notify()
{
    workspace().notifySessionsChanged(m_after.session.communityId);
}

} // namespace steward
