// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkspacePage.h"

#include <QPointer>

class QAction;
class QComboBox;
class QLineEdit;
class QListWidget;

namespace steward {

class ArtefactEditor;

/** A community's repertoire: artefacts listed or found by full-text search, filtered, and edited. */
class RepertoirePage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit RepertoirePage(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace) override;
    void setCurrentCommunity(qint64 communityId) override;

public slots:
    /** Opens the New Artefact dialog (button, Ctrl+Shift+N); the new artefact is selected once added. */
    void newArtefact();
    /** Turns a session's captured learnings into a draft artefact in one step. */
    void draftFromSession();

private slots:
    void refresh();
    void showSelected();

private:
    void select(qint64 artefactId);
    /** The tag and author filters offer the community's vocabulary and members. */
    void fillTagAndAuthorFilters();

    QPointer<Workspace> m_workspace;
    qint64 m_communityId = 0;
    QLineEdit* m_search = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_tag = nullptr;
    QComboBox* m_author = nullptr;
    QListWidget* m_list = nullptr;
    ArtefactEditor* m_editor = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_fromSessionAction = nullptr;
};

} // namespace steward
