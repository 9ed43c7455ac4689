// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace steward {

class Workspace;

/**
 * Turns a session's captured learnings into a draft artefact in one step, linked to the session: pick
 * one of the community's sessions that has learnings and a kind; OK adds the draft through an undo command.
 */
class ArtefactFromSessionDialog : public QDialog
{
    Q_OBJECT

public:
    ArtefactFromSessionDialog(Workspace& workspace, qint64 communityId, QWidget* parent = nullptr);

    /** How many of the community's sessions have learnings (0: nothing to pick). */
    int sessionCount() const;
    qint64 addedId() const { return m_addedId; }

public slots:
    void accept() override;

private:
    void showLearnings();

    Workspace& m_workspace;
    qint64 m_addedId = 0;
    QComboBox* m_session = nullptr;
    QComboBox* m_kind = nullptr;
    QPlainTextEdit* m_learnings = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace steward
