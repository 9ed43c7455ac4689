// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoveSessionCommand.h"

#include "storage/SessionAttendanceRepository.h"
#include "storage/SessionPairingRepository.h"
#include "storage/SessionRepository.h"
#include "storage/Transaction.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

RemoveSessionCommand::RemoveSessionCommand(Workspace& workspace, SessionCommandContent content)
    : WorkspaceCommand(
        workspace, QCoreApplication::translate("RemoveSessionCommand", "Delete session %1").arg(content.session.title))
    , m_content(std::move(content))
{
}

Status RemoveSessionCommand::remember()
{
    if (m_remembered)
        return {};
    const Database& database = workspace().database();
    auto attendance = SessionAttendanceRepository(database).forSession(m_content.session.id);
    if (!attendance)
        return Status::failure(attendance.errorString());
    m_attendance = *attendance;
    const SessionPairingRepository pairings(database);
    for (const SessionOccurrence& occurrence : m_content.session.occurrences()) {
        auto pairing = pairings.find(m_content.session.id, occurrence.date);
        if (!pairing)
            return Status::failure(pairing.errorString());
        if (!pairing->seats.isEmpty())
            m_pairings.append(*pairing);
    }
    m_remembered = true;
    return {};
}

Status RemoveSessionCommand::apply()
{
    if (Status s = remember(); !s)
        return s;
    return SessionRepository(workspace().database()).remove(m_content.session.id);
}

Status RemoveSessionCommand::revert()
{
    Database& database = workspace().database();
    Transaction transaction(database.connection());
    if (!transaction.isActive())
        return Status::failure(transaction.errorString());
    SessionRepository sessions(database);
    if (auto id = sessions.add(m_content.session, m_content.roles); !id)
        return Status::failure(id.errorString());
    if (Status s = sessions.setPhases(m_content.session.id, m_content.phases); !s)
        return s;
    if (Status s = SessionAttendanceRepository(database).recordAll(m_attendance); !s)
        return s;
    SessionPairingRepository pairings(database);
    for (const SessionPairing& pairing : std::as_const(m_pairings)) {
        if (Status s = pairings.save(pairing); !s)
            return s;
    }
    return transaction.commit();
}

void RemoveSessionCommand::notify()
{
    workspace().notifySessionsChanged(m_content.session.communityId);
}

} // namespace steward
