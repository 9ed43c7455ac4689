// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/CheckIn.h"
#include "workspace/WorkspaceCommand.h"

#include <optional>

namespace steward {

/** Records (no `before`), changes or removes (no `after`) a goal's check-in at a meeting. */
class SaveGoalCheckInCommand : public WorkspaceCommand
{
public:
    SaveGoalCheckInCommand(Workspace& workspace, std::optional<CheckIn> before, std::optional<CheckIn> after);

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    Status store(const std::optional<CheckIn>& from, std::optional<CheckIn>& to);
    std::optional<CheckIn> m_before;
    std::optional<CheckIn> m_after;
};

} // namespace steward
