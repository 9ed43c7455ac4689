// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkspacePage.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QTableWidget;

namespace steward {

struct ImportBatch;

/**
 * The import batches of the workspace, newest first, with their counts; opens the import wizard
 * (also for a file dropped on the page) and undoes a whole batch, as `steward-cli import undo` does.
 * Below, the people imports created because they matched nobody, with the person they probably are.
 */
class ImportsPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit ImportsPage(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace) override;
    void setCurrentCommunity(qint64 communityId) override;

    /** Opens the wizard, preset with the file when one is given. */
    void importFile(const QString& file = QString());
    /** Asks, then undoes the selected batch. */
    void undoSelected();
    /** The batch id of a table row. */
    qint64 batchAt(int row) const;

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void reload();
    void addRow(int row, const ImportBatch& batch);
    void reloadUnmatched();
    void updateButtons();

    QPointer<Workspace> m_workspace;
    qint64 m_communityId = 0;
    QTableWidget* m_table = nullptr;
    QTableWidget* m_unmatched = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_undoButton = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace steward
