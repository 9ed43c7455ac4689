// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoveNodeCommand.h"

#include "storage/NetworkLayoutRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

MoveNodeCommand::MoveNodeCommand(Workspace& workspace,
                                 qint64 layoutId,
                                 NodePosition before,
                                 NodePosition after,
                                 std::function<void(const NodePosition&)> moved)
    : WorkspaceCommand(workspace, QCoreApplication::translate("MoveNodeCommand", "Move a person in the network"))
    , m_layoutId(layoutId)
    , m_before(before)
    , m_after(after)
    , m_moved(std::move(moved))
{
    m_after.pinned = true;
}

Status MoveNodeCommand::apply()
{
    m_current = m_after;
    return NetworkLayoutRepository(workspace().database()).setPosition(m_layoutId, m_after);
}

Status MoveNodeCommand::revert()
{
    m_current = m_before;
    return NetworkLayoutRepository(workspace().database()).setPosition(m_layoutId, m_before);
}

void MoveNodeCommand::notify()
{
    if (m_moved)
        m_moved(m_current);
}

} // namespace steward
