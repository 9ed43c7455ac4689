// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveGoalCheckInCommand.h"

#include "storage/GoalRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

SaveGoalCheckInCommand::SaveGoalCheckInCommand(Workspace& workspace,
                                               std::optional<CheckIn> before,
                                               std::optional<CheckIn> after)
    : WorkspaceCommand(workspace,
                       after ? QCoreApplication::translate("SaveGoalCheckInCommand", "Check in on %1")
                                   .arg(after->meetingDate.toString(Qt::ISODate))
                             : QCoreApplication::translate("SaveGoalCheckInCommand", "Remove the check-in of %1")
                                   .arg(before->meetingDate.toString(Qt::ISODate)))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

Status SaveGoalCheckInCommand::store(const std::optional<CheckIn>& from, std::optional<CheckIn>& to)
{
    GoalRepository goals(workspace().database());
    if (!to)
        return goals.removeCheckIn(from->id);
    auto id = goals.saveCheckIn(*to);
    if (!id)
        return Status::failure(id.errorString());
    to->id = *id;
    return {};
}

Status SaveGoalCheckInCommand::apply()
{
    return store(m_before, m_after);
}

Status SaveGoalCheckInCommand::revert()
{
    return store(m_after, m_before);
}

void SaveGoalCheckInCommand::notify()
{
    workspace().notifyRotationsChanged();
}

} // namespace steward
