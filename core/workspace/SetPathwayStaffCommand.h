// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/WorkspaceCommand.h"

namespace steward {

/**
 * Marks a member as staff who run the community (left out of the pathway statistics and proposals) or takes
 * the mark away; undo does the opposite. Refused for a non-member or a mark that is already so.
 */
class SetPathwayStaffCommand : public WorkspaceCommand
{
public:
    SetPathwayStaffCommand(Workspace& workspace, qint64 communityId, qint64 personId, bool staff);

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    Status mark(bool staff);

    qint64 m_communityId;
    qint64 m_personId;
    bool m_staff;
    qint64 m_membershipId = 0;
};

} // namespace steward
