// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/RotationRecord.h"
#include "workspace/WorkspaceCommand.h"

#include <optional>

namespace steward {

/**
 * Stores a rotation plan as a whole: a generate, a regenerate, a swap, a seat marked done or
 * skipped. Undo stores the plan as it was (or removes a plan the command created).
 */
class SaveRotationCommand : public WorkspaceCommand
{
public:
    SaveRotationCommand(Workspace& workspace,
                        std::optional<RotationRecord> before,
                        RotationRecord after,
                        const QString& text);

    /** The stored plan's id once applied. */
    qint64 planId() const { return m_after.id; }

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    std::optional<RotationRecord> m_before;
    RotationRecord m_after;
};

} // namespace steward
