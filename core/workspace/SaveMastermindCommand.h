// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/MastermindGroup.h"
#include "workspace/WorkspaceCommand.h"

#include <optional>

namespace steward {

/** Adds a mastermind group (no `before`) or changes one's fields and members; undo puts it back. */
class SaveMastermindCommand : public WorkspaceCommand
{
public:
    SaveMastermindCommand(Workspace& workspace, std::optional<MastermindGroup> before, MastermindGroup after);

    qint64 groupId() const { return m_after.id; }

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    std::optional<MastermindGroup> m_before;
    MastermindGroup m_after;
};

} // namespace steward
