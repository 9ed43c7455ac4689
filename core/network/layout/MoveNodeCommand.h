// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/layout/LayoutPositions.h"
#include "workspace/WorkspaceCommand.h"

#include <functional>

namespace steward {

/**
 * Dragging a person in the network view: their position in the cached layout moves and is pinned,
 * so a re-layout keeps it. Undo puts back the position (and pinned mark) they had.
 */
class MoveNodeCommand : public WorkspaceCommand
{
public:
    /** moved: told the person's position after apply and revert, so the view can redraw. */
    MoveNodeCommand(Workspace& workspace,
                    qint64 layoutId,
                    NodePosition before,
                    NodePosition after,
                    std::function<void(const NodePosition&)> moved);

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    qint64 m_layoutId = 0;
    NodePosition m_before;
    NodePosition m_after;
    NodePosition m_current;
    std::function<void(const NodePosition&)> m_moved;
};

} // namespace steward
