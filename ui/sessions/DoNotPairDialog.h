// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace steward {

class SessionCatalog;
class Workspace;

/**
 * The community's private do-not-pair list: people the pairing planner keeps apart. Each addition and removal
 * is an undoable edit, saved at once.
 */
class DoNotPairDialog : public QDialog
{
    Q_OBJECT

public:
    DoNotPairDialog(Workspace& workspace, const SessionCatalog& catalog, QWidget* parent = nullptr);

public slots:
    void addPair();
    void removeSelected();

private:
    void reload();
    void showError(const QString& message);

    Workspace& m_workspace;
    const SessionCatalog& m_catalog;
    QListWidget* m_list = nullptr;
    QComboBox* m_first = nullptr;
    QComboBox* m_second = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_errorLabel = nullptr;
};

} // namespace steward
