// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveRotationCommand.h"

#include "storage/RotationRepository.h"
#include "workspace/Workspace.h"

namespace steward {

SaveRotationCommand::SaveRotationCommand(Workspace& workspace,
                                         std::optional<RotationRecord> before,
                                         RotationRecord after,
                                         const QString& text)
    : WorkspaceCommand(workspace, text)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    if (m_before)
        m_after.id = m_before->id;
}

Status SaveRotationCommand::apply()
{
    auto id = RotationRepository(workspace().database()).save(m_after);
    if (!id)
        return Status::failure(id.errorString());
    // A plan created here keeps its id on redo, so later commands on it still find it.
    m_after.id = *id;
    return {};
}

Status SaveRotationCommand::revert()
{
    RotationRepository rotations(workspace().database());
    if (!m_before)
        return rotations.remove(m_after.id);
    auto id = rotations.save(*m_before);
    return id ? Status() : Status::failure(id.errorString());
}

void SaveRotationCommand::notify()
{
    workspace().notifyRotationsChanged();
}

} // namespace steward
