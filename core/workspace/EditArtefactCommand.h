// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repertoire/Artefact.h"
#include "workspace/WorkspaceCommand.h"

#include <QDateTime>

namespace steward {

/**
 * Saves an edit of an artefact as a new version together with its kind, status and authors; undo drops
 * that version and puts kind, status and authors back.
 */
class EditArtefactCommand : public WorkspaceCommand
{
public:
    EditArtefactCommand(Workspace& workspace, const Artefact& before, const Artefact& changed);

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    Artefact m_before;
    Artefact m_changed;
    QDateTime m_at;
};

} // namespace steward
