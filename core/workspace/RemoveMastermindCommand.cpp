// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoveMastermindCommand.h"

#include "storage/GoalRepository.h"
#include "storage/MastermindRepository.h"
#include "storage/RotationRepository.h"
#include "storage/Transaction.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

RemoveMastermindCommand::RemoveMastermindCommand(Workspace& workspace, MastermindGroup group)
    : WorkspaceCommand(
        workspace, QCoreApplication::translate("RemoveMastermindCommand", "Remove mastermind group %1").arg(group.name))
    , m_group(std::move(group))
{
}

Status RemoveMastermindCommand::capture()
{
    const Database& database = workspace().database();
    auto group = MastermindRepository(database).find(m_group.id);
    if (!group)
        return Status::failure(group.errorString());
    if (!group->has_value())
        return Status::failure(
            QCoreApplication::translate("RemoveMastermindCommand", "The mastermind group %1 no longer exists.")
                .arg(m_group.name));
    m_group = **group;
    auto plan = RotationRepository(database).findFor(RotationKind::HotSeat, m_group.id);
    GoalRepository goals(database);
    auto goalList = goals.forGroup(m_group.id);
    auto checkIns = goals.checkInsForGroup(m_group.id);
    if (!plan || !goalList || !checkIns)
        return Status::failure(plan.errorString() + goalList.errorString() + checkIns.errorString());
    m_hotSeats = *plan;
    m_goals = *goalList;
    m_checkIns = *checkIns;
    return {};
}

Status RemoveMastermindCommand::apply()
{
    // Read again on every redo: what hangs on the group may have been edited since the last undo.
    if (Status s = capture(); !s)
        return s;
    // The schema removes members, the hot-seat plan, goals and check-ins with the group.
    return MastermindRepository(workspace().database()).remove(m_group.id);
}

Status RemoveMastermindCommand::revert()
{
    const Database& database = workspace().database();
    Transaction transaction(database.connection());
    if (!transaction.isActive())
        return Status::failure(transaction.errorString());
    if (auto id = MastermindRepository(database).add(m_group); !id)
        return Status::failure(id.errorString());
    if (m_hotSeats) {
        if (auto id = RotationRepository(database).save(*m_hotSeats); !id)
            return Status::failure(id.errorString());
    }
    GoalRepository goals(database);
    for (const Goal& goal : std::as_const(m_goals)) {
        if (auto id = goals.add(goal); !id)
            return Status::failure(id.errorString());
    }
    for (const CheckIn& checkIn : std::as_const(m_checkIns)) {
        if (auto id = goals.saveCheckIn(checkIn); !id)
            return Status::failure(id.errorString());
    }
    return transaction.commit();
}

void RemoveMastermindCommand::notify()
{
    workspace().notifyRotationsChanged();
}

} // namespace steward
