// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/SessionAttendance.h"
#include "workspace/WorkspaceCommand.h"

#include <QDate>
#include <QList>

namespace steward {

class Database;

/** Sets who attended, was excused or was absent at one occurrence; undo puts the earlier records back. */
class SetSessionAttendanceCommand : public WorkspaceCommand
{
public:
    SetSessionAttendanceCommand(Workspace& workspace,
                                qint64 communityId,
                                QList<SessionAttendance> before,
                                QList<SessionAttendance> after,
                                QString text);

    /**
     * Makes the stored records of the occurrence(s) in `current` and `target` equal `target`: people in current
     * but not in target lose their record. All or nothing.
     */
    static Status
    replace(Database& database, const QList<SessionAttendance>& current, const QList<SessionAttendance>& target);

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    qint64 m_communityId = 0;
    QList<SessionAttendance> m_before;
    QList<SessionAttendance> m_after;
};

} // namespace steward
