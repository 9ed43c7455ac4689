// SPDX-License-Identifier: GPL-3.0-or-later
#include "MastermindsPage.h"

#include "AbsencesView.h"
#include "GoalsView.h"
#include "MastermindDialog.h"
#include "RotationEditor.h"
#include "storage/MastermindRepository.h"
#include "workspace/RemoveMastermindCommand.h"
#include "workspace/SaveMastermindCommand.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace steward {

MastermindsPage::MastermindsPage(QWidget* parent)
    : WorkspacePage(parent)
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(createListPane());
    splitter->addWidget(createGroupPane());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({220, 1000});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    connect(m_groups, &QListWidget::currentRowChanged, this, &MastermindsPage::showGroup);
    connect(m_add, &QPushButton::clicked, this, &MastermindsPage::addGroup);
    connect(m_edit, &QPushButton::clicked, this, &MastermindsPage::editGroup);
    connect(m_remove, &QPushButton::clicked, this, &MastermindsPage::removeGroup);
    m_hotSeats->setSectionsProvider([this] { return QList<RotationDocument::Section>{m_goals->documentSection()}; });
}

QWidget* MastermindsPage::createListPane()
{
    auto* pane = new QWidget(this);
    m_groups = new QListWidget(pane);
    m_groups->setObjectName(QStringLiteral("mastermindGroupList"));
    m_groups->setWordWrap(true);
    m_groups->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_add = new QPushButton(tr("Add &Group…"), pane);
    m_add->setObjectName(QStringLiteral("addGroupButton"));
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_groups, 1);
    layout->addWidget(m_add);
    return pane;
}

QWidget* MastermindsPage::createGroupPane()
{
    auto* pane = new QWidget(this);
    m_details = new QLabel(pane);
    m_details->setObjectName(QStringLiteral("groupDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_edit = new QPushButton(tr("&Edit Group…"), pane);
    m_remove = new QPushButton(tr("Remove Group"), pane);
    m_remove->setObjectName(QStringLiteral("removeGroupButton"));
    m_remove->setToolTip(
        tr("Removes the group with its hot seats, goals and check-ins (Edit → Undo brings them back)."));
    m_tabs = new QTabWidget(pane);
    m_hotSeats = new RotationEditor(RotationKind::HotSeat, m_tabs);
    m_goals = new GoalsView(m_tabs);
    m_absences = new AbsencesView(m_tabs);
    m_tabs->addTab(m_hotSeats, tr("Hot seats"));
    m_tabs->addTab(m_goals, tr("Goals"));
    m_tabs->addTab(m_absences, tr("Absences"));
    auto* header = new QHBoxLayout;
    header->addWidget(m_details, 1);
    auto* groupButtons = new QVBoxLayout;
    groupButtons->addWidget(m_edit);
    groupButtons->addWidget(m_remove);
    groupButtons->addStretch(1);
    header->addLayout(groupButtons);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
    return pane;
}

void MastermindsPage::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_hotSeats->setWorkspace(workspace);
    m_goals->setWorkspace(workspace);
    m_absences->setWorkspace(workspace);
    if (workspace) {
        connect(workspace, &Workspace::rotationsChanged, this, &MastermindsPage::reload);
        connect(workspace, &Workspace::peopleChanged, this, &MastermindsPage::reload);
    }
    reload();
}

void MastermindsPage::setCurrentCommunity(qint64 communityId)
{
    if (communityId == m_communityId)
        return;
    m_communityId = communityId;
    reload();
    if (m_groups->count() > 0 && m_groups->currentRow() < 0)
        m_groups->setCurrentRow(0);
}

void MastermindsPage::reload()
{
    const std::optional<MastermindGroup> selected = selectedGroup();
    m_groupList.clear();
    if (m_workspace) {
        MastermindRepository groups(m_workspace->database());
        auto list = m_communityId > 0 ? groups.forCommunity(m_communityId) : groups.all();
        if (list)
            m_groupList = *list;
        else
            m_workspace->reportError(list.errorString());
    }
    {
        const QSignalBlocker blocker(m_groups);
        m_groups->clear();
        for (const MastermindGroup& group : std::as_const(m_groupList)) {
            const QString warning = MastermindRepository::sizeWarning(group);
            auto* item = new QListWidgetItem(
                tr("%1 (%n member(s))", nullptr, int(group.members.size())).arg(group.name), m_groups);
            item->setData(Qt::UserRole, group.id);
            if (!warning.isEmpty())
                item->setToolTip(warning);
        }
    }
    if (!selected || !selectGroup(selected->id))
        m_groups->setCurrentRow(m_groupList.isEmpty() ? -1 : 0);
    showGroup();
}

bool MastermindsPage::selectGroup(qint64 groupId)
{
    for (int row = 0; row < m_groupList.size(); ++row) {
        if (m_groupList.at(row).id == groupId) {
            const QSignalBlocker blocker(m_groups);
            m_groups->setCurrentRow(row);
            showGroup();
            return true;
        }
    }
    return false;
}

std::optional<MastermindGroup> MastermindsPage::selectedGroup() const
{
    const int row = m_groups->currentRow();
    if (row < 0 || row >= m_groupList.size())
        return std::nullopt;
    return m_groupList.at(row);
}

QString MastermindsPage::detailsText(const MastermindGroup& group) const
{
    QStringList names;
    for (const MastermindMember& member : group.members)
        names << member.personName.toHtmlEscaped();
    QString text = QStringLiteral("<b>%1</b>").arg(group.name.toHtmlEscaped());
    if (!group.cadence.isEmpty())
        text += QStringLiteral(" · ") + group.cadence.toHtmlEscaped();
    text += QStringLiteral(" · ")
            + (group.confidential ? tr("confidential: notes stay in the app") : tr("not confidential"));
    text += QStringLiteral("<br>") + tr("Members: %1").arg(names.join(QStringLiteral(", ")));
    if (!group.groundRules.isEmpty())
        text += QStringLiteral("<br>") + tr("Ground rules: %1").arg(group.groundRules.toHtmlEscaped());
    if (const QString warning = MastermindRepository::sizeWarning(group); !warning.isEmpty())
        text += QStringLiteral("<br><span style='color:#a05a00'>⚠ %1</span>").arg(warning.toHtmlEscaped());
    return text;
}

void MastermindsPage::showGroup()
{
    const std::optional<MastermindGroup> group = selectedGroup();
    m_details->setText(group ? detailsText(*group)
                             : (m_workspace ? tr("No mastermind group here yet: add one with Add Group.") : QString()));
    m_edit->setEnabled(group.has_value());
    m_remove->setEnabled(group.has_value());
    m_add->setEnabled(m_workspace && m_communityId > 0);
    m_tabs->setEnabled(group.has_value());
    m_hotSeats->setOwner(group ? group->id : 0, group ? group->name : QString(), group && group->confidential);
    m_goals->setGroup(group);
    QList<std::pair<qint64, QString>> people;
    if (group) {
        for (const MastermindMember& member : group->members)
            people.append({member.personId, member.personName});
    }
    m_absences->setPeople(people);
}

void MastermindsPage::addGroup()
{
    if (!m_workspace || m_communityId <= 0)
        return;
    auto candidates = m_workspace->memberships().membersOf(m_communityId);
    if (!candidates) {
        m_workspace->reportError(candidates.errorString());
        return;
    }
    MastermindGroup group;
    group.communityId = m_communityId;
    MastermindDialog dialog(group, *candidates, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto command = std::make_unique<SaveMastermindCommand>(*m_workspace, std::nullopt, dialog.group());
    SaveMastermindCommand* added = command.get();
    if (Status s = m_workspace->perform(std::move(command)); !s)
        m_workspace->reportError(s.errorString());
    else
        selectGroup(added->groupId());
}

void MastermindsPage::editGroup()
{
    const std::optional<MastermindGroup> group = selectedGroup();
    if (!m_workspace || !group)
        return;
    auto candidates = m_workspace->memberships().membersOf(group->communityId);
    if (!candidates) {
        m_workspace->reportError(candidates.errorString());
        return;
    }
    MastermindDialog dialog(*group, *candidates, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = m_workspace->perform(std::make_unique<SaveMastermindCommand>(*m_workspace, group, dialog.group()));
        !s)
        m_workspace->reportError(s.errorString());
}

void MastermindsPage::removeGroup()
{
    const std::optional<MastermindGroup> group = selectedGroup();
    if (!m_workspace || !group)
        return;
    if (Status s = m_workspace->perform(std::make_unique<RemoveMastermindCommand>(*m_workspace, *group)); !s)
        m_workspace->reportError(s.errorString());
}

} // namespace steward
