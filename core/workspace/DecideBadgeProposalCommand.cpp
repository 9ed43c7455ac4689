// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecideBadgeProposalCommand.h"

#include "repertoire/RecognitionRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

DecideBadgeProposalCommand::DecideBadgeProposalCommand(
    Workspace& workspace, qint64 communityId, qint64 recognitionId, bool confirm, qint64 giverId, const QDate& on)
    : WorkspaceCommand(
        workspace,
        confirm
            ? QCoreApplication::translate("DecideBadgeProposalCommand", "Confirm badge proposal %1").arg(recognitionId)
            : QCoreApplication::translate("DecideBadgeProposalCommand", "Dismiss badge proposal %1").arg(recognitionId))
    , m_communityId(communityId)
    , m_recognitionId(recognitionId)
    , m_confirm(confirm)
    , m_giverId(giverId)
    , m_on(on)
{
}

Status DecideBadgeProposalCommand::apply()
{
    RecognitionRepository repository(workspace().database());
    auto found = repository.find(m_recognitionId);
    if (!found)
        return Status::failure(found.errorString());
    if (!found->has_value() || (*found)->status != QLatin1String("proposed") || (*found)->communityId != m_communityId)
        return Status::failure(QCoreApplication::translate("DecideBadgeProposalCommand",
                                                           "There is no badge proposal %1 in this community.")
                                   .arg(m_recognitionId));
    m_proposedOn = (*found)->givenOn;
    if (!m_confirm)
        return repository.dismiss(m_recognitionId);
    if (m_giverId == (*found)->receiverId)
        return Status::failure(
            QCoreApplication::translate("DecideBadgeProposalCommand", "Nobody can confirm a badge for themselves."));
    auto giver = workspace().memberships().find(m_giverId, m_communityId);
    if (!giver)
        return Status::failure(giver.errorString());
    if (!giver->has_value())
        return Status::failure(
            QCoreApplication::translate("DecideBadgeProposalCommand", "Person %1 is not a member of the community.")
                .arg(m_giverId));
    return repository.confirm(m_recognitionId, m_giverId, m_on);
}

Status DecideBadgeProposalCommand::revert()
{
    return RecognitionRepository(workspace().database()).reopen(m_recognitionId, m_proposedOn);
}

void DecideBadgeProposalCommand::notify()
{
    workspace().notifyMembershipsChanged(m_communityId);
}

} // namespace steward
