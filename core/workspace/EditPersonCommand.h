// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Person.h"
#include "workspace/WorkspaceCommand.h"

namespace steward {

/** Changes a person's fields; undo puts the old values back. */
class EditPersonCommand : public WorkspaceCommand
{
public:
    EditPersonCommand(Workspace& workspace, Person before, Person after);

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    Person m_before;
    Person m_after;
};

} // namespace steward
