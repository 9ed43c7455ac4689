// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveMastermindCommand.h"

#include "storage/MastermindRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

SaveMastermindCommand::SaveMastermindCommand(Workspace& workspace,
                                             std::optional<MastermindGroup> before,
                                             MastermindGroup after)
    : WorkspaceCommand(
        workspace,
        before ? QCoreApplication::translate("SaveMastermindCommand", "Edit mastermind group %1").arg(after.name)
               : QCoreApplication::translate("SaveMastermindCommand", "Add mastermind group %1").arg(after.name))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

Status SaveMastermindCommand::apply()
{
    MastermindRepository groups(workspace().database());
    if (m_before)
        return groups.update(m_after);
    auto id = groups.add(m_after);
    if (!id)
        return Status::failure(id.errorString());
    m_after.id = *id; // redo adds it again under the same id
    return {};
}

Status SaveMastermindCommand::revert()
{
    MastermindRepository groups(workspace().database());
    return m_before ? groups.update(*m_before) : groups.remove(m_after.id);
}

void SaveMastermindCommand::notify()
{
    workspace().notifyRotationsChanged();
}

} // namespace steward
