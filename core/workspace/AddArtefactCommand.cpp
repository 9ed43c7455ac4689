// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddArtefactCommand.h"

#include "repertoire/ArtefactRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

AddArtefactCommand::AddArtefactCommand(Workspace& workspace, const Artefact& artefact, qint64 savedBy)
    : WorkspaceCommand(workspace, QCoreApplication::translate("AddArtefactCommand", "Add %1").arg(artefact.title))
    , m_artefact(artefact)
    , m_savedBy(savedBy)
    , m_at(workspace.clock().now())
{
}

Status AddArtefactCommand::apply()
{
    auto id = ArtefactRepository(workspace().database()).add(m_artefact, m_savedBy, m_at);
    if (!id)
        return Status::failure(id.errorString());
    m_artefact.id = *id;
    return {};
}

Status AddArtefactCommand::revert()
{
    return ArtefactRepository(workspace().database()).remove(m_artefact.id);
}

void AddArtefactCommand::notify()
{
    // The repertoire views follow the undo stack's index.
}

} // namespace steward
