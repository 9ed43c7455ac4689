// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathwayDecisionCommand.h"

#include "repertoire/PathwayRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

PathwayDecisionCommand::PathwayDecisionCommand(
    Workspace& workspace, qint64 communityId, qint64 proposalId, bool accept, const QDate& on)
    : WorkspaceCommand(
        workspace,
        accept ? QCoreApplication::translate("PathwayDecisionCommand", "Accept proposal %1").arg(proposalId)
               : QCoreApplication::translate("PathwayDecisionCommand", "Dismiss proposal %1").arg(proposalId))
    , m_communityId(communityId)
    , m_proposalId(proposalId)
    , m_accept(accept)
    , m_on(on)
{
}

Status PathwayDecisionCommand::apply()
{
    return PathwayRepository(workspace().database())
        .decide(m_proposalId, m_accept ? QStringLiteral("accepted") : QStringLiteral("dismissed"), m_on);
}

Status PathwayDecisionCommand::revert()
{
    return PathwayRepository(workspace().database()).reopen(m_proposalId);
}

void PathwayDecisionCommand::notify()
{
    workspace().notifyMembershipsChanged(m_communityId);
}

} // namespace steward
