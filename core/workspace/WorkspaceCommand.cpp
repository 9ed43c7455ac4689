// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceCommand.h"

#include "workspace/Workspace.h"

namespace steward {

WorkspaceCommand::WorkspaceCommand(Workspace& workspace, const QString& text)
    : QUndoCommand(text)
    , m_workspace(workspace)
{
}

Status WorkspaceCommand::applyFirst()
{
    Status status = apply();
    if (status) {
        m_skipNextRedo = true;
        notify();
    }
    return status;
}

void WorkspaceCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    run(&WorkspaceCommand::apply);
}

void WorkspaceCommand::undo()
{
    run(&WorkspaceCommand::revert);
}

void WorkspaceCommand::run(Status (WorkspaceCommand::*step)())
{
    const Status status = (this->*step)();
    if (!status) {
        // The stack cannot go on past a step that did not happen; drop this command.
        setObsolete(true);
        m_workspace.reportError(status.errorString());
        return;
    }
    notify();
}

} // namespace steward
