// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Person.h"
#include "workspace/WorkspaceCommand.h"

namespace steward {

/** Adds a person; undo removes them again (same id on redo). */
class AddPersonCommand : public WorkspaceCommand
{
public:
    AddPersonCommand(Workspace& workspace, Person person);
    qint64 personId() const { return m_person.id; }

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    Person m_person;
};

} // namespace steward
