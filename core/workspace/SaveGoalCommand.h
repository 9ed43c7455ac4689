// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/CheckIn.h"
#include "storage/Goal.h"
#include "workspace/WorkspaceCommand.h"

#include <QList>

#include <optional>

namespace steward {

/**
 * Adds (no `before`), edits or removes (no `after`) a mastermind goal. Removing keeps the goal's
 * check-ins so that undo brings them back with it.
 */
class SaveGoalCommand : public WorkspaceCommand
{
public:
    SaveGoalCommand(Workspace& workspace, std::optional<Goal> before, std::optional<Goal> after);

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    Status store(const std::optional<Goal>& from, std::optional<Goal>& to);
    std::optional<Goal> m_before;
    std::optional<Goal> m_after;
    QList<CheckIn> m_removedCheckIns;
};

} // namespace steward
