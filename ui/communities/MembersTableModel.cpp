// SPDX-License-Identifier: GPL-3.0-or-later
#include "MembersTableModel.h"

#include "model/ParticipationLevel.h"
#include "workspace/Workspace.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

namespace steward {

MembersTableModel::MembersTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void MembersTableModel::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_communityId = 0;
    if (m_workspace) {
        connect(m_workspace, &Workspace::membershipsChanged, this, &MembersTableModel::reloadIfShown);
        // Names and teams come from the people table.
        connect(m_workspace, &Workspace::peopleChanged, this, &MembersTableModel::reload);
    }
    reload();
}

void MembersTableModel::setCommunity(qint64 communityId)
{
    if (communityId == m_communityId)
        return;
    m_communityId = communityId;
    reload();
}

void MembersTableModel::reloadIfShown(qint64 communityId)
{
    if (communityId == m_communityId)
        reload();
}

void MembersTableModel::reload()
{
    QList<Member> members;
    if (m_workspace && m_communityId != 0) {
        auto loaded = m_workspace->memberships().membersOf(m_communityId);
        if (loaded)
            members = std::move(*loaded);
        else
            emit loadFailed(loaded.errorString());
    }
    beginResetModel();
    m_members = std::move(members);
    endResetModel();
}

int MembersTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MembersTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant MembersTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member& member = m_members.at(index.row());
    const bool hasLeft = member.membership.left.isValid();
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Column::Name:
            return member.personName;
        case Column::Team:
            return member.personTeam;
        case Column::Level:
            if (hasLeft)
                return tr("%1 (left)").arg(participationLevelDisplayName(member.membership.level));
            return participationLevelDisplayName(member.membership.level);
        case Column::Joined:
            return member.membership.joined.isValid() ? QVariant(member.membership.joined) : QVariant();
        case Column::Count:
            break;
        }
        return {};
    case Qt::ForegroundRole:
        // People who left stay listed (their history matters) but step back visually.
        if (hasLeft)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case MembershipIdRole:
        return member.membership.id;
    case PersonIdRole:
        return member.membership.personId;
    default:
        return {};
    }
}

QVariant MembersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Team:
        return tr("Team");
    case Column::Level:
        return tr("Level");
    case Column::Joined:
        return tr("Joined");
    case Column::Count:
        break;
    }
    return {};
}

int MembersTableModel::rowOfMembership(qint64 membershipId) const
{
    for (int row = 0; row < m_members.size(); ++row) {
        if (m_members.at(row).membership.id == membershipId)
            return row;
    }
    return -1;
}

} // namespace steward
