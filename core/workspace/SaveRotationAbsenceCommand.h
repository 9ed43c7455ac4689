// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Absence.h"
#include "workspace/WorkspaceCommand.h"

#include <optional>

namespace steward {

/** Adds (no `before`) or removes (no `after`) an absence that rotations respect. */
class SaveRotationAbsenceCommand : public WorkspaceCommand
{
public:
    SaveRotationAbsenceCommand(Workspace& workspace, std::optional<Absence> before, std::optional<Absence> after);

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    Status store(const std::optional<Absence>& from, std::optional<Absence>& to);
    std::optional<Absence> m_before;
    std::optional<Absence> m_after;
};

} // namespace steward
