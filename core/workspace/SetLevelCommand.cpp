// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetLevelCommand.h"

#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

SetLevelCommand::SetLevelCommand(Workspace& workspace,
                                 const QString& personName,
                                 qint64 communityId,
                                 qint64 personId,
                                 ParticipationLevel level,
                                 const QDate& date,
                                 const QString& reason)
    : WorkspaceCommand(workspace,
                       QCoreApplication::translate("SetLevelCommand", "Set %1 to %2")
                           .arg(personName, participationLevelDisplayName(level)))
    , m_communityId(communityId)
    , m_personId(personId)
    , m_level(level)
    , m_date(date)
    , m_reason(reason)
{
}

Status SetLevelCommand::apply()
{
    auto receipt = workspace().membershipRepository().setLevel(m_communityId, m_personId, m_level, m_date, m_reason);
    if (!receipt)
        return Status::failure(receipt.errorString());
    m_receipt = *receipt;
    return {};
}

Status SetLevelCommand::revert()
{
    return workspace().membershipRepository().undo(m_receipt);
}

void SetLevelCommand::notify()
{
    workspace().notifyMembershipsChanged(m_communityId);
}

} // namespace steward
