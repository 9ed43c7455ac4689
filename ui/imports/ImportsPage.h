// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkspacePage.h"
#include "storage/ImportBatch.h"

#include <QPointer>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace steward {

struct ImportBatch;
class WorkspaceCommand;

/**
 * The import batches of the workspace, newest first, with their counts; opens the import wizard
 * (also for a file dropped on the page) and undoes a whole batch, as `steward-cli import undo` does.
 * Below, the people imports created because they matched nobody, with the person they probably are: merge
 * one into the person they really are, or keep them as someone new (both undoable with Edit → Undo).
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
    /** Asks whom the selected unmatched person really is (MergePeopleDialog), then merges them, undoably. */
    void mergeSelected();
    /** Clears the selected person's unmatched flag: they are someone new (undoable). */
    void keepSelectedAsNew();
    /** Selects the unmatched person in the Unmatched list; false when they are not in it. */
    bool selectUnmatched(qint64 personId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QWidget* createUnmatchedView();
    void reload();
    void addRow(int row, const ImportBatch& batch);
    void reloadUnmatched();
    void updateButtons();
    /** The flag of the selected unmatched person, when one is selected. */
    std::optional<UnmatchedPerson> selectedUnmatched() const;
    /** Runs an undoable edit; shows what it did, or why it could not. */
    bool perform(std::unique_ptr<WorkspaceCommand> command, const QString& title);

    QPointer<Workspace> m_workspace;
    qint64 m_communityId = 0;
    QTableWidget* m_table = nullptr;
    QTableWidget* m_unmatched = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_undoButton = nullptr;
    QPushButton* m_mergeButton = nullptr;
    QPushButton* m_keepNewButton = nullptr;
    QList<UnmatchedPerson> m_unmatchedRows;
    QLabel* m_message = nullptr;
};

} // namespace steward
