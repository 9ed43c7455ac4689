// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetPracticeSettingsCommand.h"

#include "repertoire/PathwayRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

SetPracticeSettingsCommand::SetPracticeSettingsCommand(Workspace& workspace, PracticeSettings settings)
    : WorkspaceCommand(workspace,
                       QCoreApplication::translate("SetPracticeSettingsCommand", "Change the pathway settings"))
    , m_after(std::move(settings))
{
}

Status SetPracticeSettingsCommand::apply()
{
    PathwayRepository repository(workspace().database());
    if (!m_before) {
        auto before = repository.settings(m_after.communityId);
        if (!before)
            return Status::failure(before.errorString());
        m_before = *before;
    }
    return repository.setSettings(m_after);
}

Status SetPracticeSettingsCommand::revert()
{
    return PathwayRepository(workspace().database()).setSettings(*m_before);
}

void SetPracticeSettingsCommand::notify()
{
    workspace().notifyMembershipsChanged(m_after.communityId);
}

} // namespace steward
