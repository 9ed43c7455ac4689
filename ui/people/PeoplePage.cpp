// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeoplePage.h"

#include "ColumnWidths.h"
#include "TableCsvExport.h"
#include "people/PeopleFilterModel.h"
#include "people/PeopleTableModel.h"
#include "people/PersonDialog.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace steward {

namespace {

// Filtering 100,000 rows takes a noticeable moment; wait for a pause in typing on large tables.
constexpr int kInstantFilterRows = 5000;
constexpr int kFilterDelayMs = 200;

} // namespace

PeoplePage::PeoplePage(QWidget* parent)
    : WorkspacePage(parent)
    , m_model(new PeopleTableModel(this))
    , m_proxy(new PeopleFilterModel(m_model, this))
{
    setObjectName(QStringLiteral("peoplePage"));

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("filterLineEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter by name, email, team, department, title, location…"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);
    connect(m_filterTimer, &QTimer::timeout, this, &PeoplePage::applyFilter);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this] {
        if (m_model->rowCount() <= kInstantFilterRows)
            applyFilter();
        else
            m_filterTimer->start();
    });

    m_addButton = new QPushButton(tr("&Add Person…"), this);
    m_addButton->setObjectName(QStringLiteral("addPersonButton"));
    m_editButton = new QPushButton(tr("&Edit…"), this);
    m_editButton->setObjectName(QStringLiteral("editPersonButton"));
    m_deleteButton = new QPushButton(tr("&Delete"), this);
    m_deleteButton->setObjectName(QStringLiteral("deletePersonButton"));
    connect(m_addButton, &QPushButton::clicked, this, &PeoplePage::addPerson);
    connect(m_editButton, &QPushButton::clicked, this, &PeoplePage::editSelectedPerson);
    connect(m_deleteButton, &QPushButton::clicked, this, &PeoplePage::deleteSelectedPerson);

    createTable();
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setTextFormat(Qt::PlainText);

    auto* top = new QHBoxLayout;
    top->addWidget(m_filterEdit, 1);
    top->addSpacing(12);
    top->addWidget(m_addButton);
    top->addWidget(m_editButton);
    top->addWidget(m_deleteButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_countLabel);

    connectModels();
    setWorkspace(nullptr);
}

PeoplePage::~PeoplePage() = default;

void PeoplePage::createTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("peopleTableView"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(int(PeopleTableModel::Column::Name), Qt::AscendingOrder);
    // Fixed row heights: the view never measures rows, which keeps 100,000 people fast.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_table, &QTableView::activated, this, &PeoplePage::editSelectedPerson);

    auto* deleteAction = new QAction(tr("Delete Person"), m_table);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &PeoplePage::deleteSelectedPerson);
    m_table->addAction(deleteAction);
    TableCsvExport::install(m_table, tr("people"));
}

// Selection and the count follow the model through reloads.
void PeoplePage::connectModels()
{
    connect(m_model, &PeopleTableModel::loadFailed, this, &PeoplePage::showError);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const int row = selectedRow();
        m_selectedBeforeReset = row >= 0 ? m_model->personAt(row).id : 0;
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_selectedBeforeReset != 0)
            selectPerson(m_selectedBeforeReset);
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PeoplePage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &PeoplePage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &PeoplePage::updateCountLabel);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PeoplePage::updateCountLabel);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PeoplePage::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PeoplePage::updateActions);
}

void PeoplePage::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_model->setWorkspace(workspace);
    // Once per workspace, so widths the user dragged survive later reloads.
    ColumnWidths::fitToSample(m_table, m_table->horizontalHeader());
    m_filterEdit->setEnabled(workspace != nullptr);
    updateActions();
    updateCountLabel();
}

void PeoplePage::addPerson()
{
    if (m_workspace)
        openPersonDialog(Person());
}

void PeoplePage::editSelectedPerson()
{
    const int row = selectedRow();
    if (m_workspace && row >= 0)
        openPersonDialog(m_model->personAt(row));
}

void PeoplePage::openPersonDialog(const Person& person)
{
    PersonDialog dialog(*m_workspace, person, this);
    dialog.setSuggestions(m_model->distinctValues(PeopleTableModel::Column::Team),
                          m_model->distinctValues(PeopleTableModel::Column::Department),
                          m_model->distinctValues(PeopleTableModel::Column::Location));
    if (dialog.exec() == QDialog::Accepted)
        selectPerson(dialog.savedPersonId());
}

void PeoplePage::deleteSelectedPerson()
{
    const int row = selectedRow();
    if (!m_workspace || row < 0)
        return;
    const Person person = m_model->personAt(row);
    QMessageBox box(QMessageBox::Question,
                    tr("Delete Person"),
                    tr("Delete %1? Their memberships and level history are deleted with them. "
                       "You can undo this with Edit > Undo.")
                        .arg(person.name),
                    QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("deletePersonMessageBox"));
    box.setTextFormat(Qt::PlainText);
    QPushButton* deleteButton = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != deleteButton)
        return;
    if (Status s = m_workspace->removePerson(person.id); !s)
        showError(s.errorString());
}

void PeoplePage::applyFilter()
{
    m_filterTimer->stop();
    m_proxy->setFilterText(m_filterEdit->text().trimmed());
    updateCountLabel();
}

void PeoplePage::updateActions()
{
    const bool open = m_workspace != nullptr;
    const bool selected = open && selectedRow() >= 0;
    m_addButton->setEnabled(open);
    m_editButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
}

void PeoplePage::updateCountLabel()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (!m_workspace)
        m_countLabel->clear();
    else if (shown == total && total == 1)
        m_countLabel->setText(tr("1 person"));
    else if (shown == total)
        m_countLabel->setText(tr("%Ln people", nullptr, total));
    else
        m_countLabel->setText(tr("%1 of %Ln people shown", nullptr, total).arg(QLocale().toString(shown)));
}

int PeoplePage::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return m_proxy->mapToSource(rows.constFirst()).row();
}

void PeoplePage::selectPerson(qint64 personId)
{
    const int sourceRow = m_model->rowOfId(personId);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void PeoplePage::showError(const QString& message)
{
    QMessageBox box(QMessageBox::Warning, tr("People"), message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace steward
