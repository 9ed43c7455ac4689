// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommunitiesPage.h"

#include "ColumnWidths.h"
#include "CommunityListModel.h"
#include "TableCsvExport.h"
#include "communities/CommunityForm.h"
#include "communities/LevelChangeDialog.h"
#include "communities/MembersTableModel.h"
#include "model/ParticipationLevel.h"
#include "workspace/Workspace.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace steward {

namespace {

QString shortDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace

CommunitiesPage::CommunitiesPage(QWidget* parent)
    : WorkspacePage(parent)
    , m_communityModel(new CommunityListModel(this))
    , m_membersModel(new MembersTableModel(this))
{
    setObjectName(QStringLiteral("communitiesPage"));
    const int em = fontMetrics().averageCharWidth();

    auto* form = new QGroupBox(tr("Community"), this);
    m_form = new CommunityForm(form);
    (new QVBoxLayout(form))->addWidget(m_form);
    auto* detailPane = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(form);
    detailLayout->addWidget(createMembersBox(), 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createListPane());
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({30 * em, 100 * em});
    (new QVBoxLayout(this))->addWidget(splitter);

    connectSignals();
    setWorkspace(nullptr);
}

// Left: the communities and "Add Community...".
QWidget* CommunitiesPage::createListPane()
{
    auto* pane = new QWidget(this);
    m_communityList = new QListView(pane);
    m_communityList->setObjectName(QStringLiteral("communityListView"));
    m_communityList->setModel(m_communityModel);
    m_communityList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_communityList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_communityList->setTextElideMode(Qt::ElideRight);
    m_addCommunityButton = new QPushButton(tr("Add &Community…"), pane);
    m_addCommunityButton->setObjectName(QStringLiteral("addCommunityButton"));
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_communityList, 1);
    layout->addWidget(m_addCommunityButton);
    return pane;
}

// Right, below the editor: the members and, beside them, the selected member's level history.
QWidget* CommunitiesPage::createMembersBox()
{
    auto* box = new QGroupBox(tr("Members"), this);
    m_membersLabel = new QLabel(box);
    m_membersLabel->setObjectName(QStringLiteral("membersLabel"));
    m_membersLabel->setTextFormat(Qt::PlainText);
    m_addMemberButton = new QPushButton(tr("Add &Member…"), box);
    m_addMemberButton->setObjectName(QStringLiteral("addMemberButton"));
    m_changeLevelButton = new QPushButton(tr("Change &Level…"), box);
    m_changeLevelButton->setObjectName(QStringLiteral("changeLevelButton"));

    m_membersTable = new QTableView(box);
    m_membersTable->setObjectName(QStringLiteral("membersTableView"));
    m_membersTable->setModel(m_membersModel);
    m_membersTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_membersTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_membersTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_membersTable->setAlternatingRowColors(true);
    m_membersTable->setShowGrid(false);
    m_membersTable->setWordWrap(false);
    m_membersTable->verticalHeader()->hide();
    m_membersTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_membersTable->verticalHeader()->setDefaultSectionSize(m_membersTable->fontMetrics().height() + 8);
    m_membersTable->horizontalHeader()->setStretchLastSection(true);
    m_membersTable->horizontalHeader()->setHighlightSections(false);
    TableCsvExport::install(m_membersTable, tr("members"));

    auto* historyPane = new QWidget(box);
    m_historyLabel = new QLabel(historyPane);
    m_historyLabel->setObjectName(QStringLiteral("historyLabel"));
    m_historyLabel->setTextFormat(Qt::PlainText);
    m_historyTree = new QTreeWidget(historyPane);
    m_historyTree->setObjectName(QStringLiteral("historyTreeWidget"));
    m_historyTree->setRootIsDecorated(false);
    // The date is short and fixed; the change and its reason (on a second line) take the rest and wrap.
    m_historyTree->setHeaderLabels({tr("Date"), tr("Change and reason")});
    const QFontMetrics metrics = m_historyTree->fontMetrics();
    m_historyTree->header()->resizeSection(
        0, metrics.horizontalAdvance(shortDate(QDate(2026, 12, 28))) + 3 * metrics.averageCharWidth());
    m_historyTree->setWordWrap(true);
    m_historyTree->setAlternatingRowColors(true);
    m_historyTree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_historyTree->setTextElideMode(Qt::ElideNone);
    auto* historyLayout = new QVBoxLayout(historyPane);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_historyLabel);
    historyLayout->addWidget(m_historyTree, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_membersLabel, 1);
    buttons->addWidget(m_addMemberButton);
    buttons->addWidget(m_changeLevelButton);
    auto* splitter = new QSplitter(Qt::Horizontal, box);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_membersTable);
    splitter->addWidget(historyPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    return box;
}

void CommunitiesPage::connectSignals()
{
    connect(m_addCommunityButton, &QPushButton::clicked, this, &CommunitiesPage::addCommunity);
    connect(m_addMemberButton, &QPushButton::clicked, this, &CommunitiesPage::addMember);
    connect(m_changeLevelButton, &QPushButton::clicked, this, &CommunitiesPage::changeLevel);
    connect(m_membersTable, &QTableView::activated, this, &CommunitiesPage::changeLevel);
    connect(m_communityList->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex& current) {
                if (!current.isValid())
                    return;
                const qint64 id = current.data(CommunityListModel::IdRole).toLongLong();
                if (id == m_communityId)
                    return;
                setCurrentCommunity(id);
                emit communityRequested(id);
            });
    connect(m_communityModel, &QAbstractItemModel::modelReset, this, &CommunitiesPage::communitiesReloaded);
    connect(m_communityModel, &CommunityListModel::loadFailed, this, &CommunitiesPage::showError);
    connect(m_membersModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const auto member = selectedMember();
        m_selectedMembershipBeforeReset = member ? member->membership.id : 0;
    });
    connect(m_membersModel, &QAbstractItemModel::modelReset, this, &CommunitiesPage::membersReloaded);
    connect(m_membersModel, &MembersTableModel::loadFailed, this, &CommunitiesPage::showError);
    connect(m_membersTable->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &CommunitiesPage::updateHistory);
    connect(m_membersTable->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &CommunitiesPage::updateActions);
}

CommunitiesPage::~CommunitiesPage() = default;

void CommunitiesPage::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_communityId = 0;
    m_form->setWorkspace(workspace);
    m_membersModel->setWorkspace(workspace);
    m_communityModel->setWorkspace(workspace);
    updateActions();
}

void CommunitiesPage::setCurrentCommunity(qint64 communityId)
{
    if (m_communityModel->rowOfId(communityId) < 0)
        communityId = 0;
    if (communityId == m_communityId)
        return;
    settleFormEdits(); // may rename a community and so reorder the list
    const int row = m_communityModel->rowOfId(communityId);
    m_communityId = communityId;
    {
        const QSignalBlocker blocker(m_communityList->selectionModel());
        if (row >= 0) {
            m_communityList->selectionModel()->setCurrentIndex(m_communityModel->index(row),
                                                               QItemSelectionModel::ClearAndSelect);
        } else {
            m_communityList->selectionModel()->clear();
        }
    }
    m_communityList->viewport()->update();
    m_form->setCommunity(row >= 0 ? std::optional(m_communityModel->communityAt(row)) : std::nullopt);
    m_membersModel->setCommunity(communityId);
    ColumnWidths::fitToSample(m_membersTable, m_membersTable->horizontalHeader());
    // Keep the members' columns whole; the history beside it gives way first.
    QHeaderView* header = m_membersTable->horizontalHeader();
    const int lastColumnWidth = header->sectionSizeHint(header->count() - 1) + 6 * fontMetrics().averageCharWidth();
    m_membersTable->setMinimumWidth(
        std::min(header->length() - header->sectionSize(header->count() - 1) + lastColumnWidth
                     + m_membersTable->verticalScrollBar()->sizeHint().width() + 2 * m_membersTable->frameWidth(),
                 640));
    updateActions();
}

void CommunitiesPage::addCommunity()
{
    if (!m_workspace)
        return;
    QString name;
    for (;;) {
        bool ok = false;
        name = QInputDialog::getText(
            this, tr("Add Community"), tr("Name of the new community of practice:"), QLineEdit::Normal, name, &ok);
        if (!ok || name.trimmed().isEmpty())
            return;
        Community community;
        community.name = name.trimmed();
        auto id = m_workspace->addCommunity(community);
        if (id) {
            setCurrentCommunity(*id);
            emit communityRequested(*id);
            return;
        }
        showError(id.errorString());
    }
}

void CommunitiesPage::addMember()
{
    const int row = m_communityModel->rowOfId(m_communityId);
    if (!m_workspace || row < 0)
        return;
    LevelChangeDialog dialog(*m_workspace, m_communityModel->communityAt(row), std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted)
        selectPersonsMembership(dialog.personId());
}

void CommunitiesPage::changeLevel()
{
    const int row = m_communityModel->rowOfId(m_communityId);
    const auto member = selectedMember();
    if (!m_workspace || row < 0 || !member)
        return;
    LevelChangeDialog dialog(*m_workspace, m_communityModel->communityAt(row), member, this);
    if (dialog.exec() == QDialog::Accepted)
        selectMembership(member->membership.id);
}

void CommunitiesPage::communitiesReloaded()
{
    const int row = m_communityModel->rowOfId(m_communityId);
    if (row < 0) {
        // The current community is gone (an undone add) or there was none yet: show the first one.
        const qint64 first = m_communityModel->rowCount() > 0 ? m_communityModel->communityAt(0).id : qint64(0);
        m_communityId = -1; // force a refresh
        setCurrentCommunity(first);
        if (first != 0)
            emit communityRequested(first);
        return;
    }
    {
        const QSignalBlocker blocker(m_communityList->selectionModel());
        m_communityList->selectionModel()->setCurrentIndex(m_communityModel->index(row),
                                                           QItemSelectionModel::ClearAndSelect);
    }
    // An undo or redo changed the community: show it, unless the form holds edits of its own.
    if (!m_form->isModified())
        m_form->setCommunity(m_communityModel->communityAt(row));
}

void CommunitiesPage::membersReloaded()
{
    if (m_selectedMembershipBeforeReset != 0)
        selectMembership(m_selectedMembershipBeforeReset);
    const int count = m_membersModel->rowCount();
    if (m_communityId == 0)
        m_membersLabel->clear();
    else if (count == 0)
        m_membersLabel->setText(tr("No members yet."));
    else if (count == 1)
        m_membersLabel->setText(tr("1 member"));
    else
        m_membersLabel->setText(tr("%Ln members", nullptr, count));
    updateHistory();
    updateActions();
}

void CommunitiesPage::updateHistory()
{
    m_historyTree->clear();
    const auto member = selectedMember();
    if (!member || !m_workspace) {
        m_historyLabel->setText(tr("Select a member to see their level history."));
        return;
    }
    m_historyLabel->setText(tr("Level history of %1").arg(member->personName));
    auto history = m_workspace->memberships().history(member->membership.id);
    if (!history) {
        m_historyLabel->setText(history.errorString());
        return;
    }
    QList<QTreeWidgetItem*> items;
    // Newest first: the latest change is what a steward looks for.
    for (auto it = history->crbegin(); it != history->crend(); ++it) {
        const QString change = it->from ? levelChangeText(*it->from, it->to)
                                        : tr("Joined as %1").arg(participationLevelDisplayName(it->to));
        const QString reason = it->reason.trimmed();
        auto* item =
            new QTreeWidgetItem({shortDate(it->date), reason.isEmpty() ? change : change + QLatin1Char('\n') + reason});
        // Long reasons are cut off in the row; the tooltip shows them whole (escaped: tooltips render rich text).
        if (!reason.isEmpty())
            item->setToolTip(1, QStringLiteral("<p>%1</p>").arg(reason.toHtmlEscaped()));
        items.append(item);
    }
    m_historyTree->addTopLevelItems(items);
}

void CommunitiesPage::updateActions()
{
    const bool hasCommunity = m_workspace && m_communityId > 0;
    m_addCommunityButton->setEnabled(m_workspace != nullptr);
    m_addMemberButton->setEnabled(hasCommunity);
    m_changeLevelButton->setEnabled(hasCommunity && selectedMember().has_value());
}

QString CommunitiesPage::levelChangeText(ParticipationLevel from, ParticipationLevel to)
{
    return tr("%1 → %2").arg(participationLevelDisplayName(from), participationLevelDisplayName(to));
}

std::optional<Member> CommunitiesPage::selectedMember() const
{
    const QModelIndexList rows = m_membersTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_membersModel->memberAt(rows.constFirst().row());
}

void CommunitiesPage::selectMembership(qint64 membershipId)
{
    const int row = m_membersModel->rowOfMembership(membershipId);
    if (row < 0)
        return;
    const QModelIndex index = m_membersModel->index(row, 0);
    m_membersTable->selectionModel()->setCurrentIndex(index,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_membersTable->scrollTo(index);
}

void CommunitiesPage::selectPersonsMembership(qint64 personId)
{
    for (int row = 0; row < m_membersModel->rowCount(); ++row) {
        if (m_membersModel->memberAt(row).membership.personId == personId) {
            selectMembership(m_membersModel->memberAt(row).membership.id);
            return;
        }
    }
}

void CommunitiesPage::settleFormEdits()
{
    if (!m_form->isModified())
        return;
    QMessageBox box(QMessageBox::Question,
                    tr("Unapplied Changes"),
                    tr("Apply your changes to %1?").arg(m_form->community()->name),
                    QMessageBox::Apply | QMessageBox::Discard,
                    this);
    box.setObjectName(QStringLiteral("unappliedChangesMessageBox"));
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Apply);
    if (box.exec() == QMessageBox::Apply)
        m_form->apply();
}

void CommunitiesPage::showError(const QString& message)
{
    QMessageBox box(QMessageBox::Warning, tr("Communities"), message, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace steward
