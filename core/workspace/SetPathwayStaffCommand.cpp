// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetPathwayStaffCommand.h"

#include "repertoire/PathwayRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

SetPathwayStaffCommand::SetPathwayStaffCommand(Workspace& workspace, qint64 communityId, qint64 personId, bool staff)
    : WorkspaceCommand(workspace,
                       staff ? QCoreApplication::translate("SetPathwayStaffCommand", "Mark as staff")
                             : QCoreApplication::translate("SetPathwayStaffCommand", "Unmark as staff"))
    , m_communityId(communityId)
    , m_personId(personId)
    , m_staff(staff)
{
}

Status SetPathwayStaffCommand::apply()
{
    if (m_membershipId == 0) {
        auto membership = workspace().memberships().find(m_personId, m_communityId);
        if (!membership)
            return Status::failure(membership.errorString());
        if (!membership->has_value())
            return Status::failure(
                QCoreApplication::translate("SetPathwayStaffCommand", "Person %1 is not a member of the community.")
                    .arg(m_personId));
        auto staff = PathwayRepository(workspace().database()).staffMemberships(m_communityId);
        if (!staff)
            return Status::failure(staff.errorString());
        if (staff->contains((*membership)->id) == m_staff)
            return Status::failure(
                m_staff
                    ? QCoreApplication::translate("SetPathwayStaffCommand", "That member is already marked as staff.")
                    : QCoreApplication::translate("SetPathwayStaffCommand", "That member is not marked as staff."));
        m_membershipId = (*membership)->id;
    }
    return mark(m_staff);
}

Status SetPathwayStaffCommand::revert()
{
    return mark(!m_staff);
}

Status SetPathwayStaffCommand::mark(bool staff)
{
    return PathwayRepository(workspace().database()).setStaff(m_membershipId, staff);
}

void SetPathwayStaffCommand::notify()
{
    workspace().notifyMembershipsChanged(m_communityId);
}

} // namespace steward
