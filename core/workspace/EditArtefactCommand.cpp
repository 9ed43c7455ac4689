// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditArtefactCommand.h"

#include "repertoire/ArtefactRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

EditArtefactCommand::EditArtefactCommand(Workspace& workspace, const Artefact& before, const Artefact& changed)
    : WorkspaceCommand(workspace, QCoreApplication::translate("EditArtefactCommand", "Save %1").arg(changed.title))
    , m_before(before)
    , m_changed(changed)
    , m_at(workspace.clock().now())
{
    m_changed.id = before.id;
}

Status EditArtefactCommand::apply()
{
    auto saved = ArtefactRepository(workspace().database()).saveEdit(m_changed, 0, m_at);
    return saved ? Status() : Status::failure(saved.errorString());
}

Status EditArtefactCommand::revert()
{
    return ArtefactRepository(workspace().database()).revertEdit(m_before);
}

void EditArtefactCommand::notify()
{
    // The repertoire views follow the undo stack's index.
}

} // namespace steward
