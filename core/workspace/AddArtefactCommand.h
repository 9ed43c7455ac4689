// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repertoire/Artefact.h"
#include "workspace/WorkspaceCommand.h"

#include <QDateTime>

namespace steward {

/** Adds an artefact as its version 1 (a new one, or a draft from a session's learnings); undo removes it. */
class AddArtefactCommand : public WorkspaceCommand
{
public:
    AddArtefactCommand(Workspace& workspace, const Artefact& artefact, qint64 savedBy = 0);

    /** The new artefact's id once applied (redo keeps the same id). */
    qint64 artefactId() const { return m_artefact.id; }

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    Artefact m_artefact;
    qint64 m_savedBy;
    QDateTime m_at;
};

} // namespace steward
