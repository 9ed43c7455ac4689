// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/WorkspaceCommand.h"

#include <QDate>

namespace steward {

/**
 * Marks a promotion proposal accepted or dismissed; undo makes it pending again. Accepting goes in one
 * macro with the SetLevelCommand that applies the level change.
 */
class PathwayDecisionCommand : public WorkspaceCommand
{
public:
    PathwayDecisionCommand(Workspace& workspace, qint64 communityId, qint64 proposalId, bool accept, const QDate& on);

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    qint64 m_communityId;
    qint64 m_proposalId;
    bool m_accept;
    QDate m_on;
};

} // namespace steward
