// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemovePersonCommand.h"

#include "storage/Transaction.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

RemovePersonCommand::RemovePersonCommand(Workspace& workspace, Person person)
    : WorkspaceCommand(workspace, QCoreApplication::translate("RemovePersonCommand", "Delete %1").arg(person.name))
    , m_person(std::move(person))
{
}

Status RemovePersonCommand::apply()
{
    // Snapshot what the cascade will delete, so undo can bring it back.
    auto memberships = workspace().memberships().forPerson(m_person.id);
    if (!memberships)
        return Status::failure(memberships.errorString());
    m_memberships = *memberships;
    m_history.clear();
    for (const Membership& m : std::as_const(m_memberships)) {
        auto history = workspace().memberships().history(m.id);
        if (!history)
            return Status::failure(history.errorString());
        m_history += *history;
    }
    return workspace().personRepository().remove(m_person.id);
}

Status RemovePersonCommand::revert()
{
    Transaction transaction(workspace().database().connection());
    if (auto id = workspace().personRepository().add(m_person); !id)
        return Status::failure(id.errorString());
    if (Status s = workspace().membershipRepository().restore(m_memberships, m_history); !s)
        return s;
    return transaction.commit();
}

void RemovePersonCommand::notify()
{
    workspace().notifyPeopleChanged();
    for (const Membership& m : std::as_const(m_memberships))
        workspace().notifyMembershipsChanged(m.communityId);
}

} // namespace steward
