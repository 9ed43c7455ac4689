// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/SessionAttendance.h"
#include "workspace/SessionCommandContent.h"
#include "workspace/WorkspaceCommand.h"

namespace steward {

/**
 * What closing facilitator mode writes back, as one undoable step: the session's notes and learnings (with what
 * was captured during the meeting) and the attendance of the occurrence that was run.
 */
class FinishFacilitatedSessionCommand : public WorkspaceCommand
{
public:
    FinishFacilitatedSessionCommand(Workspace& workspace,
                                    SessionCommandContent before,
                                    SessionCommandContent after,
                                    QList<SessionAttendance> attendanceBefore,
                                    QList<SessionAttendance> attendanceAfter);

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    Status write(const SessionCommandContent& content,
                 const QList<SessionAttendance>& current,
                 const QList<SessionAttendance>& target);

    SessionCommandContent m_before;
    SessionCommandContent m_after;
    QList<SessionAttendance> m_attendanceBefore;
    QList<SessionAttendance> m_attendanceAfter;
};

} // namespace steward
