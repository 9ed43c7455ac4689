// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/WorkspaceCommand.h"

#include <QDate>
#include <QList>

namespace steward {

/**
 * Looks at a community's activity on one day and records what arises: level changes (promotions at once,
 * moves down only on a periodic review day) and badges, all as proposals for the steward. Undo deletes them.
 */
class RecordPathwayProposalsCommand : public WorkspaceCommand
{
public:
    RecordPathwayProposalsCommand(Workspace& workspace, qint64 communityId, const QDate& on);

    int levelProposals() const { return int(m_levelProposals.size()); }
    int badgeProposals() const { return int(m_badgeProposals.size()); }

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    qint64 m_communityId;
    QDate m_on;
    QList<qint64> m_levelProposals;
    QList<qint64> m_badgeProposals;
};

} // namespace steward
