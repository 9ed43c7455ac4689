// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportsPage.h"

#include "ImportDropHandler.h"
#include "ImportWizard.h"
#include "MergePeopleDialog.h"
#include "storage/ImportBatchRepository.h"
#include "workspace/KeepUnmatchedPersonCommand.h"
#include "workspace/MergePeopleCommand.h"
#include "workspace/Workspace.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace steward {

namespace {

enum Column
{
    IdColumn,
    FormatColumn,
    FileColumn,
    DateColumn,
    MessagesColumn,
    InteractionsColumn,
    MatchedColumn,
    CreatedColumn,
    ColumnCount,
};

QTableWidgetItem* numberItem(qint64 value)
{
    auto* item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ImportsPage::ImportsPage(QWidget* parent)
    : WorkspacePage(parent)
{
    setObjectName(QStringLiteral("importsPage"));
    setAcceptDrops(true);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("batchesTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Batch"),
                                        tr("Format"),
                                        tr("File"),
                                        tr("Imported"),
                                        tr("Messages"),
                                        tr("Interactions"),
                                        tr("People Matched"),
                                        tr("People Created")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_importButton = new QPushButton(QIcon(QStringLiteral(":/icons/imports.svg")), tr("&Import…"), this);
    m_importButton->setObjectName(QStringLiteral("importPushButton"));
    m_undoButton = new QPushButton(tr("&Undo Import"), this);
    m_undoButton->setObjectName(QStringLiteral("undoImportPushButton"));
    m_message =
        new QLabel(tr("Each import is one batch. Undoing a batch removes its interactions and the people and observer "
                      "memberships it created. Drop an export file here to import it."),
                   this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    QWidget* lower = createUnmatchedView();
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_undoButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_importButton, &QPushButton::clicked, this, [this] { importFile(); });
    connect(m_undoButton, &QPushButton::clicked, this, &ImportsPage::undoSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportsPage::updateButtons);
    connect(m_mergeButton, &QPushButton::clicked, this, &ImportsPage::mergeSelected);
    connect(m_keepNewButton, &QPushButton::clicked, this, &ImportsPage::keepSelectedAsNew);
    connect(m_unmatched, &QTableWidget::itemSelectionChanged, this, &ImportsPage::updateButtons);
    connect(m_unmatched, &QTableWidget::itemDoubleClicked, this, &ImportsPage::mergeSelected);
    updateButtons();
}

// The people imports created because they matched nobody, with Merge Into… and Keep as New Person.
QWidget* ImportsPage::createUnmatchedView()
{
    m_unmatched = new QTableWidget(0, 5, this);
    m_unmatched->setObjectName(QStringLiteral("unmatchedTableWidget"));
    m_unmatched->setHorizontalHeaderLabels(
        {tr("Person"), tr("Platform"), tr("Account"), tr("Batch"), tr("Perhaps the Same as")});
    m_unmatched->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_unmatched->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_unmatched->setSelectionMode(QAbstractItemView::SingleSelection);
    m_unmatched->verticalHeader()->hide();
    auto* unmatchedLabel = new QLabel(tr("Unmatched people: created by an import because they matched nobody. Merge "
                                         "one into the person they really are, or keep them as someone new."),
                                      this);
    unmatchedLabel->setWordWrap(true);
    m_mergeButton = new QPushButton(tr("&Merge Into…"), this);
    m_mergeButton->setObjectName(QStringLiteral("mergePushButton"));
    m_keepNewButton = new QPushButton(tr("&Keep as New Person"), this);
    m_keepNewButton->setObjectName(QStringLiteral("keepNewPushButton"));
    auto* unmatchedButtons = new QHBoxLayout;
    unmatchedButtons->addWidget(m_mergeButton);
    unmatchedButtons->addWidget(m_keepNewButton);
    unmatchedButtons->addStretch(1);
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(unmatchedLabel);
    lowerLayout->addLayout(unmatchedButtons);
    lowerLayout->addWidget(m_unmatched, 1);
    return lower;
}

void ImportsPage::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        // Imports and undos announce themselves as people and membership changes.
        connect(m_workspace, &Workspace::peopleChanged, this, &ImportsPage::reload);
        connect(m_workspace, &Workspace::membershipsChanged, this, &ImportsPage::reload);
    }
    reload();
}

void ImportsPage::setCurrentCommunity(qint64 communityId)
{
    m_communityId = communityId;
}

void ImportsPage::reload()
{
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    if (m_workspace) {
        ImportBatchRepository batches(m_workspace->database());
        const auto all = batches.all();
        if (!all) {
            m_message->setText(all.errorString());
        } else {
            m_table->setRowCount(int(all->size()));
            for (int row = 0; row < all->size(); ++row)
                addRow(row, all->at(row));
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    reloadUnmatched();
    updateButtons();
}

void ImportsPage::reloadUnmatched()
{
    m_unmatched->setRowCount(0);
    m_unmatchedRows.clear();
    if (!m_workspace)
        return;
    const auto unmatched = ImportBatchRepository(m_workspace->database()).unmatched();
    if (!unmatched)
        return;
    m_unmatchedRows = *unmatched;
    const PersonRepository& people = m_workspace->people();
    const auto nameOf = [&people](qint64 id) {
        const auto person = id > 0 ? people.find(id) : Result<std::optional<Person>>(std::nullopt);
        return person && person->has_value() ? (*person)->name : QString();
    };
    m_unmatched->setRowCount(int(unmatched->size()));
    for (int row = 0; row < unmatched->size(); ++row) {
        const UnmatchedPerson& u = unmatched->at(row);
        m_unmatched->setItem(row, 0, new QTableWidgetItem(nameOf(u.personId)));
        m_unmatched->setItem(row, 1, new QTableWidgetItem(u.platform));
        auto* account = new QTableWidgetItem(u.externalName.isEmpty() ? u.externalId : u.externalName);
        account->setToolTip(u.externalId);
        m_unmatched->setItem(row, 2, account);
        m_unmatched->setItem(row, 3, numberItem(u.batchId));
        m_unmatched->setItem(row, 4, new QTableWidgetItem(nameOf(u.suggestedPersonId)));
    }
    m_unmatched->resizeColumnsToContents();
    m_unmatched->horizontalHeader()->setStretchLastSection(true);
}

void ImportsPage::addRow(int row, const ImportBatch& batch)
{
    const auto activity = ImportBatchRepository(m_workspace->database()).activity(batch.id);
    const bool hasActivity = activity && activity->has_value();
    auto* id = numberItem(batch.id);
    m_table->setItem(row, IdColumn, id);
    m_table->setItem(row, FormatColumn, new QTableWidgetItem(hasActivity ? (*activity)->format : batch.kind));
    auto* file = new QTableWidgetItem(QFileInfo(batch.file).fileName());
    file->setToolTip(batch.file);
    m_table->setItem(row, FileColumn, file);
    m_table->setItem(row,
                     DateColumn,
                     new QTableWidgetItem(QLocale().toString(batch.importedAt.toLocalTime(), QLocale::ShortFormat)));
    if (hasActivity) {
        const ActivityBatch& a = **activity;
        m_table->setItem(row, MessagesColumn, numberItem(a.messagesRead));
        m_table->setItem(row, InteractionsColumn, numberItem(a.interactionsCreated));
        m_table->setItem(row, MatchedColumn, numberItem(a.peopleMatched));
        m_table->setItem(row, CreatedColumn, numberItem(a.peopleCreated));
    } else {
        m_table->setItem(row, InteractionsColumn, numberItem(batch.rows));
    }
}

qint64 ImportsPage::batchAt(int row) const
{
    const QTableWidgetItem* item = m_table->item(row, IdColumn);
    return item ? item->data(Qt::DisplayRole).toLongLong() : 0;
}

void ImportsPage::updateButtons()
{
    m_importButton->setEnabled(m_workspace != nullptr);
    m_undoButton->setEnabled(m_workspace && m_table->currentRow() >= 0 && !m_table->selectedItems().isEmpty());
    const bool unmatchedSelected = m_workspace && selectedUnmatched().has_value();
    m_mergeButton->setEnabled(unmatchedSelected);
    m_keepNewButton->setEnabled(unmatchedSelected);
}

std::optional<UnmatchedPerson> ImportsPage::selectedUnmatched() const
{
    const int row = m_unmatched->currentRow();
    if (row < 0 || row >= m_unmatchedRows.size() || m_unmatched->selectedItems().isEmpty())
        return std::nullopt;
    return m_unmatchedRows.at(row);
}

bool ImportsPage::selectUnmatched(qint64 personId)
{
    for (int row = 0; row < m_unmatchedRows.size(); ++row) {
        if (m_unmatchedRows.at(row).personId == personId) {
            m_unmatched->selectRow(row);
            return true;
        }
    }
    return false;
}

void ImportsPage::mergeSelected()
{
    const auto flag = selectedUnmatched();
    if (!m_workspace || !flag)
        return;
    const auto source = m_workspace->people().find(flag->personId);
    if (!source || !source->has_value())
        return;
    MergePeopleDialog dialog(*m_workspace, **source, flag->suggestedPersonId, this);
    if (dialog.exec() != QDialog::Accepted || dialog.targetId() <= 0)
        return;
    const auto target = m_workspace->people().find(dialog.targetId());
    if (!target || !target->has_value())
        return;
    PersonMerge::Options options;
    options.keepTargetIds = dialog.keepTargetIds();
    auto command = std::make_unique<MergePeopleCommand>(*m_workspace, **source, **target, options);
    MergePeopleCommand* merge = command.get();
    if (perform(std::move(command), tr("Merge People")))
        m_message->setText(merge->outcome().describe());
}

void ImportsPage::keepSelectedAsNew()
{
    const auto flag = selectedUnmatched();
    if (!m_workspace || !flag)
        return;
    const auto person = m_workspace->people().find(flag->personId);
    const QString name = person && person->has_value() ? (*person)->name : QString::number(flag->personId);
    if (perform(std::make_unique<KeepUnmatchedPersonCommand>(*m_workspace, *flag, name), tr("Keep as New Person")))
        m_message->setText(tr("%1 is kept as a new person.").arg(name));
}

bool ImportsPage::perform(std::unique_ptr<WorkspaceCommand> command, const QString& title)
{
    if (Status s = m_workspace->perform(std::move(command)); !s) {
        QMessageBox::warning(this, title, s.errorString());
        return false;
    }
    return true;
}

void ImportsPage::importFile(const QString& file)
{
    if (ImportWizard::run(m_workspace, m_communityId, this, file))
        reload();
}

void ImportsPage::undoSelected()
{
    const qint64 batchId = batchAt(m_table->currentRow());
    if (!m_workspace || batchId <= 0)
        return;
    const auto answer = QMessageBox::question(
        this,
        tr("Undo Import"),
        tr("Undo import batch %1? Its interactions are removed, and the people and observer memberships it "
           "created unless they have been used since. This cannot be redone.")
            .arg(batchId));
    if (answer != QMessageBox::Yes)
        return;
    const auto undone = ImportBatchRepository(m_workspace->database()).undo(batchId);
    if (!undone) {
        QMessageBox::warning(this, tr("Undo Import"), undone.errorString());
        return;
    }
    m_workspace->notifyPeopleChanged();
    m_workspace->notifyMembershipsChanged(undone->batch.communityId);
    m_message->setText(tr("Batch %1 undone: %2 interactions, %3 people and %4 memberships removed.")
                           .arg(batchId)
                           .arg(undone->interactions)
                           .arg(undone->people)
                           .arg(undone->memberships));
}

void ImportsPage::dragEnterEvent(QDragEnterEvent* event)
{
    // A workspace file is left to the window (ImportDropHandler), which opens it.
    if (m_workspace && event->mimeData()->hasUrls() && event->mimeData()->urls().constFirst().isLocalFile()
        && ImportDropHandler::actionFor(event->mimeData()->urls().constFirst().toLocalFile())
               == ImportDropHandler::Action::Import)
        event->acceptProposedAction();
}

void ImportsPage::dropEvent(QDropEvent* event)
{
    const QString file = event->mimeData()->urls().constFirst().toLocalFile();
    event->acceptProposedAction();
    importFile(file);
}

} // namespace steward
