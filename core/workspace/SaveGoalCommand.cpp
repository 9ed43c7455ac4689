// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveGoalCommand.h"

#include "storage/GoalRepository.h"
#include "storage/Transaction.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

namespace {

QString commandText(const std::optional<Goal>& before, const std::optional<Goal>& after)
{
    if (!before)
        return QCoreApplication::translate("SaveGoalCommand", "Add goal '%1'").arg(after->text);
    if (!after)
        return QCoreApplication::translate("SaveGoalCommand", "Remove goal '%1'").arg(before->text);
    return QCoreApplication::translate("SaveGoalCommand", "Edit goal '%1'").arg(after->text);
}

} // namespace

SaveGoalCommand::SaveGoalCommand(Workspace& workspace, std::optional<Goal> before, std::optional<Goal> after)
    : WorkspaceCommand(workspace, commandText(before, after))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

Status SaveGoalCommand::store(const std::optional<Goal>& from, std::optional<Goal>& to)
{
    GoalRepository goals(workspace().database());
    Transaction transaction(workspace().database().connection());
    if (!transaction.isActive())
        return Status::failure(transaction.errorString());
    if (from && !to) {
        auto checkIns = goals.checkIns(from->id);
        if (!checkIns)
            return Status::failure(checkIns.errorString());
        m_removedCheckIns = *checkIns;
        if (Status s = goals.remove(from->id); !s)
            return s;
    } else if (!from && to) {
        auto id = goals.add(*to);
        if (!id)
            return Status::failure(id.errorString());
        to->id = *id;
        for (const CheckIn& checkIn : std::as_const(m_removedCheckIns)) {
            if (auto saved = goals.saveCheckIn(checkIn); !saved)
                return Status::failure(saved.errorString());
        }
    } else if (to) {
        if (Status s = goals.update(*to); !s)
            return s;
    }
    return transaction.commit();
}

Status SaveGoalCommand::apply()
{
    return store(m_before, m_after);
}

Status SaveGoalCommand::revert()
{
    return store(m_after, m_before);
}

void SaveGoalCommand::notify()
{
    workspace().notifyRotationsChanged();
}

} // namespace steward
