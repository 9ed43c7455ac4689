// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Person.h"
#include "storage/RowChangeJournal.h"
#include "workspace/WorkspaceCommand.h"

#include <QList>

namespace steward {

/**
 * Deletes a person and, through the schema's cascades, everything that is theirs (memberships and level history,
 * interactions, attendance, pairings, seats, goals, reviews, recognition...); undo restores every row exactly,
 * with the same ids, from the journal of what the delete changed.
 */
class RemovePersonCommand : public WorkspaceCommand
{
public:
    RemovePersonCommand(Workspace& workspace, Person person);

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    Person m_person;
    QList<qint64> m_communities; // in membership order
    QList<RowChange> m_changes;
};

} // namespace steward
