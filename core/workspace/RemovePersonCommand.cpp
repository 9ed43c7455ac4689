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
    auto memberships = workspace().memberships().forPerson(m_person.id);
    if (!memberships)
        return Status::failure(memberships.errorString());
    m_communities.clear();
    for (const Membership& m : std::as_const(*memberships))
        if (!m_communities.contains(m.communityId))
            m_communities.append(m.communityId);
    // Journal what the delete and its cascades change, so undo can put back every row, not only the person.
    const QSqlDatabase db = workspace().database().connection();
    Transaction transaction(db);
    RowChangeJournal journal(db);
    if (Status s = journal.start(); !s)
        return s;
    if (Status s = workspace().personRepository().remove(m_person.id); !s)
        return s;
    auto changes = journal.finish();
    if (!changes)
        return Status::failure(changes.errorString());
    m_changes = *changes;
    return transaction.commit();
}

Status RemovePersonCommand::revert()
{
    const QSqlDatabase db = workspace().database().connection();
    Transaction transaction(db);
    if (Status s = RowChangeJournal::revert(db, m_changes); !s)
        return s;
    return transaction.commit();
}

void RemovePersonCommand::notify()
{
    workspace().notifyPeopleChanged();
    for (qint64 communityId : std::as_const(m_communities)) {
        workspace().notifyMembershipsChanged(communityId);
        workspace().notifySessionsChanged(communityId);
    }
    workspace().notifyRotationsChanged();
}

} // namespace steward
