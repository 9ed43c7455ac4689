// SPDX-License-Identifier: GPL-3.0-or-later
#include "FinishFacilitatedSessionCommand.h"

#include "storage/Transaction.h"
#include "workspace/SetSessionAttendanceCommand.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

FinishFacilitatedSessionCommand::FinishFacilitatedSessionCommand(Workspace& workspace,
                                                                 SessionCommandContent before,
                                                                 SessionCommandContent after,
                                                                 QList<SessionAttendance> attendanceBefore,
                                                                 QList<SessionAttendance> attendanceAfter)
    : WorkspaceCommand(workspace,
                       QCoreApplication::translate("FinishFacilitatedSessionCommand", "Notes and attendance of %1")
                           .arg(after.session.title))
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_attendanceBefore(std::move(attendanceBefore))
    , m_attendanceAfter(std::move(attendanceAfter))
{
}

Status FinishFacilitatedSessionCommand::write(const SessionCommandContent& content,
                                              const QList<SessionAttendance>& current,
                                              const QList<SessionAttendance>& target)
{
    Database& database = workspace().database();
    Transaction transaction(database.connection());
    if (!transaction.isActive())
        return Status::failure(transaction.errorString());
    if (Status s = content.write(database); !s)
        return s;
    if (Status s = SetSessionAttendanceCommand::replace(database, current, target); !s)
        return s;
    return transaction.commit();
}

Status FinishFacilitatedSessionCommand::apply()
{
    return write(m_after, m_attendanceBefore, m_attendanceAfter);
}

Status FinishFacilitatedSessionCommand::revert()
{
    return write(m_before, m_attendanceAfter, m_attendanceBefore);
}

void FinishFacilitatedSessionCommand::notify()
{
    workspace().notifySessionsChanged(m_after.session.communityId);
}

} // namespace steward
