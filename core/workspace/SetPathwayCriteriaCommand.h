// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repertoire/Pathway.h"
#include "workspace/WorkspaceCommand.h"

namespace steward {

/** Replaces a community's pathway criteria (the entry activities per level); undo puts the old ones back. */
class SetPathwayCriteriaCommand : public WorkspaceCommand
{
public:
    SetPathwayCriteriaCommand(Workspace& workspace, qint64 communityId, QList<PathwayCriterion> criteria);

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    qint64 m_communityId;
    QList<PathwayCriterion> m_after;
    std::optional<QList<PathwayCriterion>> m_before;
};

} // namespace steward
