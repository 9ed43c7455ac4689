// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/SessionCommandContent.h"
#include "workspace/WorkspaceCommand.h"

namespace steward {

/**
 * Changes a session, its series (moving or cancelling an occurrence is an edit of its exceptions), its roles or
 * its phase plan; undo writes the old content back.
 */
class EditSessionCommand : public WorkspaceCommand
{
public:
    EditSessionCommand(Workspace& workspace, SessionCommandContent before, SessionCommandContent after, QString text);

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    SessionCommandContent m_before;
    SessionCommandContent m_after;
};

} // namespace steward
