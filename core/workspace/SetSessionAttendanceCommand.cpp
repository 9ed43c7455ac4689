// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetSessionAttendanceCommand.h"

#include "storage/Database.h"
#include "storage/SessionAttendanceRepository.h"
#include "storage/Transaction.h"
#include "workspace/Workspace.h"

#include <algorithm>

namespace steward {

SetSessionAttendanceCommand::SetSessionAttendanceCommand(Workspace& workspace,
                                                         qint64 communityId,
                                                         QList<SessionAttendance> before,
                                                         QList<SessionAttendance> after,
                                                         QString text)
    : WorkspaceCommand(workspace, text)
    , m_communityId(communityId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

Status SetSessionAttendanceCommand::replace(Database& database,
                                            const QList<SessionAttendance>& current,
                                            const QList<SessionAttendance>& target)
{
    Transaction transaction(database.connection());
    if (!transaction.isActive())
        return Status::failure(transaction.errorString());
    SessionAttendanceRepository repository(database);
    for (const SessionAttendance& record : current) {
        const bool kept = std::any_of(target.cbegin(), target.cend(), [&record](const SessionAttendance& other) {
            return other.sessionId == record.sessionId && other.date == record.date
                   && other.personId == record.personId;
        });
        if (kept)
            continue;
        if (Status s = repository.remove(record.sessionId, record.date, record.personId); !s)
            return s;
    }
    if (Status s = repository.recordAll(target); !s)
        return s;
    return transaction.commit();
}

Status SetSessionAttendanceCommand::apply()
{
    return replace(workspace().database(), m_before, m_after);
}

Status SetSessionAttendanceCommand::revert()
{
    return replace(workspace().database(), m_after, m_before);
}

void SetSessionAttendanceCommand::notify()
{
    workspace().notifySessionsChanged(m_communityId);
}

} // namespace steward
