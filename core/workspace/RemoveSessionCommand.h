// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/SessionAttendance.h"
#include "model/SessionPairing.h"
#include "workspace/SessionCommandContent.h"
#include "workspace/WorkspaceCommand.h"

namespace steward {

/** Deletes a session (a whole series); undo brings it back with its roles, phases, attendance and pairings. */
class RemoveSessionCommand : public WorkspaceCommand
{
public:
    RemoveSessionCommand(Workspace& workspace, SessionCommandContent content);

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    /** Reads what goes with the session, so undo can restore it; once, before the first delete. */
    Status remember();

    SessionCommandContent m_content;
    QList<SessionAttendance> m_attendance;
    QList<SessionPairing> m_pairings;
    bool m_remembered = false;
};

} // namespace steward
