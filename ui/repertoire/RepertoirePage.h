// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkspacePage.h"

#include <QPointer>

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

private slots:
    void refresh();
    void showSelected();

private:
    QPointer<Workspace> m_workspace;
    qint64 m_communityId = 0;
    QLineEdit* m_search = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_status = nullptr;
    QListWidget* m_list = nullptr;
    ArtefactEditor* m_editor = nullptr;
};

} // namespace steward
