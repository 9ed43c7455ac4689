// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetSessionDoNotPairCommand.h"

#include "storage/SessionPairingRepository.h"
#include "workspace/Workspace.h"

namespace steward {

SetSessionDoNotPairCommand::SetSessionDoNotPairCommand(
    Workspace& workspace, qint64 communityId, qint64 person, qint64 otherPerson, bool add, QString text)
    : WorkspaceCommand(workspace, text)
    , m_communityId(communityId)
    , m_person(person)
    , m_otherPerson(otherPerson)
    , m_add(add)
{
}

Status SetSessionDoNotPairCommand::set(bool present)
{
    SessionPairingRepository repository(workspace().database());
    return present ? repository.addDoNotPair(m_communityId, m_person, m_otherPerson)
                   : repository.removeDoNotPair(m_communityId, m_person, m_otherPerson);
}

Status SetSessionDoNotPairCommand::apply()
{
    return set(m_add);
}

Status SetSessionDoNotPairCommand::revert()
{
    return set(!m_add);
}

void SetSessionDoNotPairCommand::notify()
{
    workspace().notifySessionsChanged(m_communityId);
}

} // namespace steward
