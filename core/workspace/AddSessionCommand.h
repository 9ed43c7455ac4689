// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/SessionCommandContent.h"
#include "workspace/WorkspaceCommand.h"

namespace steward {

/** Adds a session with its roles and phase plan; undo removes it again (same id and UID on redo). */
class AddSessionCommand : public WorkspaceCommand
{
public:
    /** Empty content.phases: the format's default plan fitted to the session's length. */
    AddSessionCommand(Workspace& workspace, SessionCommandContent content);
    qint64 sessionId() const { return m_content.session.id; }

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    SessionCommandContent m_content;
};

} // namespace steward
