// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkspacePage.h"
#include "model/Person.h"

#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace steward {

class PeopleFilterModel;
class PeopleTableModel;
class Workspace;

/** Everyone in the workspace in a sortable, filterable table, with add, edit and delete. */
class PeoplePage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit PeoplePage(QWidget* parent = nullptr);
    ~PeoplePage() override;

    void setWorkspace(Workspace* workspace) override;

    PeopleTableModel* model() const { return m_model; }
    PeopleFilterModel* proxyModel() const { return m_proxy; }

public slots:
    void addPerson();
    void editSelectedPerson();
    void deleteSelectedPerson();

private slots:
    void applyFilter();
    void updateActions();
    void updateCountLabel();

private:
    void createTable();
    void connectModels();
    void openPersonDialog(const Person& person);
    /** The source row of the selected person, or -1. */
    int selectedRow() const;
    void selectPerson(qint64 personId);
    void showError(const QString& message);

    QPointer<Workspace> m_workspace;
    PeopleTableModel* m_model = nullptr;
    PeopleFilterModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_filterEdit = nullptr;
    QTimer* m_filterTimer = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QLabel* m_countLabel = nullptr;
    qint64 m_selectedBeforeReset = 0;
};

} // namespace steward
