// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordPathwayProposalsCommand.h"

#include "repertoire/CommunityPathway.h"
#include "repertoire/CommunityRecognition.h"
#include "repertoire/PathwayRepository.h"
#include "repertoire/RecognitionRepository.h"
#include "storage/Transaction.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

RecordPathwayProposalsCommand::RecordPathwayProposalsCommand(Workspace& workspace, qint64 communityId, const QDate& on)
    : WorkspaceCommand(workspace, QCoreApplication::translate("RecordPathwayProposalsCommand", "Look for proposals"))
    , m_communityId(communityId)
    , m_on(on)
{
}

Status RecordPathwayProposalsCommand::apply()
{
    Database& database = workspace().database();
    Transaction transaction(database.connection());
    if (!transaction.isActive())
        return Status::failure(transaction.errorString());
    auto levels = CommunityPathway(database, m_communityId).recordProposals(m_on);
    if (!levels)
        return Status::failure(levels.errorString());
    auto badges = CommunityRecognition(database, m_communityId).proposeBadges(m_on);
    if (!badges)
        return Status::failure(badges.errorString());
    if (Status s = transaction.commit(); !s)
        return s;
    m_levelProposals.clear();
    m_badgeProposals.clear();
    for (const PromotionProposal& p : std::as_const(*levels))
        m_levelProposals.append(p.id);
    for (const Recognition& r : std::as_const(*badges))
        m_badgeProposals.append(r.id);
    return {};
}

Status RecordPathwayProposalsCommand::revert()
{
    Database& database = workspace().database();
    Transaction transaction(database.connection());
    if (!transaction.isActive())
        return Status::failure(transaction.errorString());
    for (qint64 id : std::as_const(m_levelProposals)) {
        if (Status s = PathwayRepository(database).removeProposal(id); !s)
            return s;
    }
    for (qint64 id : std::as_const(m_badgeProposals)) {
        if (Status s = RecognitionRepository(database).remove(id); !s)
            return s;
    }
    return transaction.commit();
}

void RecordPathwayProposalsCommand::notify()
{
    workspace().notifyMembershipsChanged(m_communityId);
}

} // namespace steward
