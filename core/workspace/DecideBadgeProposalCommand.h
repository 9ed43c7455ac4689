// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/WorkspaceCommand.h"

#include <QDate>

namespace steward {

/**
 * Confirms a badge the app proposed (given by `giverId`, the steward, on `on`) or dismisses it; undo makes it
 * a proposal again with its original date.
 */
class DecideBadgeProposalCommand : public WorkspaceCommand
{
public:
    DecideBadgeProposalCommand(
        Workspace& workspace, qint64 communityId, qint64 recognitionId, bool confirm, qint64 giverId, const QDate& on);

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    qint64 m_communityId;
    qint64 m_recognitionId;
    bool m_confirm;
    qint64 m_giverId;
    QDate m_on;
    QDate m_proposedOn;
};

} // namespace steward
