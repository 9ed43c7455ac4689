// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Membership.h"
#include "model/Person.h"
#include "workspace/WorkspaceCommand.h"

#include <QList>

namespace steward {

/** Deletes a person with their memberships; undo restores all of it with the same ids. */
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
    QList<Membership> m_memberships;
    QList<LevelChange> m_history;
};

} // namespace steward
