// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/CheckIn.h"
#include "storage/Goal.h"
#include "storage/MastermindGroup.h"
#include "storage/RotationRecord.h"
#include "workspace/WorkspaceCommand.h"

#include <optional>

namespace steward {

/**
 * Removes a mastermind group with everything that hangs on it (members, its hot-seat rotation, its
 * goals and their check-ins). It reads all of that first, so undo puts every row back under its old id.
 */
class RemoveMastermindCommand : public WorkspaceCommand
{
public:
    RemoveMastermindCommand(Workspace& workspace, MastermindGroup group);

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    Status capture();

    MastermindGroup m_group;
    std::optional<RotationRecord> m_hotSeats;
    QList<Goal> m_goals;
    QList<CheckIn> m_checkIns;
};

} // namespace steward
