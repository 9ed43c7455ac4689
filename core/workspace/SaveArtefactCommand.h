// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/WorkspaceCommand.h"

#include <QDateTime>
#include <QStringList>

namespace steward {

/** Saves a new version of an artefact (an edit or a restore); undo takes that version back. */
class SaveArtefactCommand : public WorkspaceCommand
{
public:
    SaveArtefactCommand(Workspace& workspace,
                        qint64 artefactId,
                        const QString& title,
                        const QString& body,
                        const QStringList& tags,
                        const QString& note = {});

protected:
    Status apply() override;
    Status revert() override;
    void notify() override;

private:
    qint64 m_artefactId;
    QString m_title;
    QString m_body;
    QStringList m_tags;
    QString m_note;
    QDateTime m_at;
};

} // namespace steward
