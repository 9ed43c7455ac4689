// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveSessionPairingCommand.h"

#include "storage/SessionPairingRepository.h"
#include "workspace/Workspace.h"

namespace steward {

SaveSessionPairingCommand::SaveSessionPairingCommand(
    Workspace& workspace, qint64 communityId, SessionPairing before, SessionPairing after, QString text)
    : WorkspaceCommand(workspace, text)
    , m_communityId(communityId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

Status SaveSessionPairingCommand::store(const SessionPairing& pairing)
{
    SessionPairingRepository repository(workspace().database());
    if (pairing.seats.isEmpty())
        return repository.remove(pairing.sessionId, pairing.date);
    return repository.save(pairing);
}

Status SaveSessionPairingCommand::apply()
{
    return store(m_after);
}

Status SaveSessionPairingCommand::revert()
{
    return store(m_before);
}

void SaveSessionPairingCommand::notify()
{
    workspace().notifySessionsChanged(m_communityId);
}

} // namespace steward
