// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveRotationAbsenceCommand.h"

#include "storage/AbsenceRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

SaveRotationAbsenceCommand::SaveRotationAbsenceCommand(Workspace& workspace,
                                                       std::optional<Absence> before,
                                                       std::optional<Absence> after)
    : WorkspaceCommand(workspace,
                       after ? QCoreApplication::translate("SaveRotationAbsenceCommand", "Add absence")
                             : QCoreApplication::translate("SaveRotationAbsenceCommand", "Remove absence"))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

Status SaveRotationAbsenceCommand::store(const std::optional<Absence>& from, std::optional<Absence>& to)
{
    AbsenceRepository absences(workspace().database());
    if (!to)
        return absences.remove(from->id);
    if (from)
        return absences.update(*to);
    auto id = absences.add(*to);
    if (!id)
        return Status::failure(id.errorString());
    to->id = *id;
    return {};
}

Status SaveRotationAbsenceCommand::apply()
{
    return store(m_before, m_after);
}

Status SaveRotationAbsenceCommand::revert()
{
    return store(m_after, m_before);
}

void SaveRotationAbsenceCommand::notify()
{
    workspace().notifyRotationsChanged();
}

} // namespace steward
