// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QUndoCommand>

namespace steward {

class Workspace;

/**
 * Base of every undoable edit: apply() and revert() talk to the repositories and may fail.
 * The workspace applies a command once before pushing it, so QUndoStack's first redo() is skipped.
 */
class WorkspaceCommand : public QUndoCommand
{
public:
    explicit WorkspaceCommand(Workspace& workspace, const QString& text);

    /** Carries the edit out; the workspace calls it once before the command goes on the stack. */
    Status applyFirst();
    void redo() final;
    void undo() final;

protected:
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    /** Tells the views what changed; called after apply() and revert() succeeded. */
    virtual void notify() = 0;
    Workspace& workspace() { return m_workspace; }

private:
    void run(Status (WorkspaceCommand::*step)());
    Workspace& m_workspace;
    bool m_skipNextRedo = false;
};

} // namespace steward
