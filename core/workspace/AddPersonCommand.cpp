// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddPersonCommand.h"

#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

AddPersonCommand::AddPersonCommand(Workspace& workspace, Person person)
    : WorkspaceCommand(workspace, QCoreApplication::translate("AddPersonCommand", "Add %1").arg(person.name))
    , m_person(std::move(person))
{
}

Status AddPersonCommand::apply()
{
    auto id = workspace().personRepository().add(m_person);
    if (!id)
        return Status::failure(id.errorString());
    m_person.id = *id;
    return {};
}

Status AddPersonCommand::revert()
{
    return workspace().personRepository().remove(m_person.id);
}

void AddPersonCommand::notify()
{
    workspace().notifyPeopleChanged();
}

} // namespace steward
