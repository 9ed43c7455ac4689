// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/ImportBatch.h"
#include "workspace/WorkspaceCommand.h"

namespace steward {

/**
 * "Keep as a new person": the steward has looked at a person an import created because they matched
 * nobody and says they are indeed someone new, so the unmatched flag goes. Undo puts the flag back as it was.
 */
class KeepUnmatchedPersonCommand : public WorkspaceCommand
{
public:
    KeepUnmatchedPersonCommand(Workspace& workspace, const UnmatchedPerson& flag, const QString& personName);

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    UnmatchedPerson m_flag;
};

} // namespace steward
