// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeepUnmatchedPersonCommand.h"

#include "storage/ImportBatchRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

KeepUnmatchedPersonCommand::KeepUnmatchedPersonCommand(Workspace& workspace,
                                                       const UnmatchedPerson& flag,
                                                       const QString& personName)
    : WorkspaceCommand(
        workspace, QCoreApplication::translate("KeepUnmatchedPersonCommand", "Keep %1 as a new person").arg(personName))
    , m_flag(flag)
{
}

Status KeepUnmatchedPersonCommand::apply()
{
    return ImportBatchRepository(workspace().database()).clearUnmatched(m_flag.personId);
}

Status KeepUnmatchedPersonCommand::revert()
{
    return ImportBatchRepository(workspace().database()).flagUnmatched(m_flag);
}

void KeepUnmatchedPersonCommand::notify()
{
    workspace().notifyPeopleChanged();
}

} // namespace steward
