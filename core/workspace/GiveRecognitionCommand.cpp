// SPDX-License-Identifier: GPL-3.0-or-later
#include "GiveRecognitionCommand.h"

#include "repertoire/RecognitionRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace steward {

GiveRecognitionCommand::GiveRecognitionCommand(Workspace& workspace, Recognition recognition)
    : WorkspaceCommand(workspace,
                       recognition.badgeId > 0
                           ? QCoreApplication::translate("GiveRecognitionCommand", "Award a badge")
                           : QCoreApplication::translate("GiveRecognitionCommand", "Give a shout-out"))
    , m_recognition(std::move(recognition))
{
    m_recognition.status = QStringLiteral("given");
}

Status GiveRecognitionCommand::apply()
{
    // The id is kept after the first time, so a redo restores the same row.
    auto id = RecognitionRepository(workspace().database()).add(m_recognition);
    if (!id)
        return Status::failure(id.errorString());
    m_recognition.id = *id;
    return {};
}

Status GiveRecognitionCommand::revert()
{
    return RecognitionRepository(workspace().database()).remove(m_recognition.id);
}

void GiveRecognitionCommand::notify()
{
    workspace().notifyMembershipsChanged(m_recognition.communityId);
}

} // namespace steward
