// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditPersonCommand.h"

#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

EditPersonCommand::EditPersonCommand(Workspace& workspace, Person before, Person after)
    : WorkspaceCommand(workspace, QCoreApplication::translate("EditPersonCommand", "Edit %1").arg(after.name))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

Status EditPersonCommand::apply()
{
    return workspace().personRepository().update(m_after);
}

Status EditPersonCommand::revert()
{
    return workspace().personRepository().update(m_before);
}

void EditPersonCommand::notify()
{
    workspace().notifyPeopleChanged();
}

} // namespace steward
