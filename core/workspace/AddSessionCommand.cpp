// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddSessionCommand.h"

#include "storage/SessionRepository.h"
#include "storage/Transaction.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

AddSessionCommand::AddSessionCommand(Workspace& workspace, SessionCommandContent content)
    : WorkspaceCommand(workspace,
                       QCoreApplication::translate("AddSessionCommand", "Add session %1").arg(content.session.title))
    , m_content(std::move(content))
{
}

Status AddSessionCommand::apply()
{
    Database& database = workspace().database();
    Transaction transaction(database.connection());
    if (!transaction.isActive())
        return Status::failure(transaction.errorString());
    SessionRepository repository(database);
    auto id = repository.add(m_content.session, m_content.roles);
    if (!id)
        return Status::failure(id.errorString());
    if (!m_content.phases.isEmpty()) {
        if (Status s = repository.setPhases(*id, m_content.phases); !s)
            return s;
    }
    if (Status s = transaction.commit(); !s)
        return s;
    // Keep the id and the UID the database gave, so a redo brings back the same session.
    auto stored = repository.find(*id);
    if (stored && stored->has_value())
        m_content.session = **stored;
    m_content.session.id = *id;
    return {};
}

Status AddSessionCommand::revert()
{
    return SessionRepository(workspace().database()).remove(m_content.session.id);
}

void AddSessionCommand::notify()
{
    workspace().notifySessionsChanged(m_content.session.communityId);
}

} // namespace steward
