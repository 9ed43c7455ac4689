// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveArtefactCommand.h"

#include "repertoire/ArtefactRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

SaveArtefactCommand::SaveArtefactCommand(Workspace& workspace,
                                         qint64 artefactId,
                                         const QString& title,
                                         const QString& body,
                                         const QStringList& tags,
                                         const QString& note)
    : WorkspaceCommand(workspace,
                       note.isEmpty() ? QCoreApplication::translate("SaveArtefactCommand", "Save %1").arg(title) : note)
    , m_artefactId(artefactId)
    , m_title(title)
    , m_body(body)
    , m_tags(tags)
    , m_note(note)
    , m_at(workspace.clock().now())
{
}

Status SaveArtefactCommand::apply()
{
    auto saved =
        ArtefactRepository(workspace().database()).save(m_artefactId, m_title, m_body, m_tags, 0, m_at, m_note);
    return saved ? Status() : Status::failure(saved.errorString());
}

Status SaveArtefactCommand::revert()
{
    return ArtefactRepository(workspace().database()).dropLatestVersion(m_artefactId);
}

void SaveArtefactCommand::notify()
{
    // The repertoire views follow the undo stack's index; nothing else shows artefacts.
}

} // namespace steward
