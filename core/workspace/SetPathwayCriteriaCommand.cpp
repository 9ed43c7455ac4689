// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetPathwayCriteriaCommand.h"

#include "repertoire/PathwayRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

SetPathwayCriteriaCommand::SetPathwayCriteriaCommand(Workspace& workspace,
                                                     qint64 communityId,
                                                     QList<PathwayCriterion> criteria)
    : WorkspaceCommand(workspace, QCoreApplication::translate("SetPathwayCriteriaCommand", "Edit the pathway criteria"))
    , m_communityId(communityId)
    , m_after(std::move(criteria))
{
}

Status SetPathwayCriteriaCommand::apply()
{
    PathwayRepository repository(workspace().database());
    if (!m_before) {
        auto before = repository.criteria(m_communityId);
        if (!before)
            return Status::failure(before.errorString());
        m_before = *before;
    }
    return repository.setCriteria(m_communityId, m_after);
}

Status SetPathwayCriteriaCommand::revert()
{
    return PathwayRepository(workspace().database())
        .setCriteria(m_communityId, m_before.value_or(QList<PathwayCriterion>()));
}

void SetPathwayCriteriaCommand::notify()
{
    workspace().notifyMembershipsChanged(m_communityId);
}

} // namespace steward
