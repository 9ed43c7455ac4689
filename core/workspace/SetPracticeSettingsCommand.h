// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repertoire/Pathway.h"
#include "workspace/WorkspaceCommand.h"

#include <optional>

namespace steward {

/**
 * Changes a community's pathway settings: the periodic review cadence, the stuck and inactive thresholds and
 * the leaderboard opt-in; undo restores the previous settings.
 */
class SetPracticeSettingsCommand : public WorkspaceCommand
{
public:
    SetPracticeSettingsCommand(Workspace& workspace, PracticeSettings settings);

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    PracticeSettings m_after;
    std::optional<PracticeSettings> m_before;
};

} // namespace steward
