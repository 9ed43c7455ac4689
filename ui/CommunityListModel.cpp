// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommunityListModel.h"

#include "workspace/Workspace.h"

namespace steward {

CommunityListModel::CommunityListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void CommunityListModel::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace)
        connect(m_workspace, &Workspace::communitiesChanged, this, &CommunityListModel::reload);
    reload();
}

void CommunityListModel::reload()
{
    QList<Community> communities;
    if (m_workspace) {
        auto all = m_workspace->communities().all();
        if (all)
            communities = std::move(*all);
        else
            emit loadFailed(all.errorString());
    }
    beginResetModel();
    m_communities = std::move(communities);
    endResetModel();
}

int CommunityListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_communities.size());
}

QVariant CommunityListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Community& community = m_communities.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return community.name;
    case IdRole:
        return community.id;
    default:
        return {};
    }
}

int CommunityListModel::rowOfId(qint64 communityId) const
{
    for (int row = 0; row < m_communities.size(); ++row) {
        if (m_communities.at(row).id == communityId)
            return row;
    }
    return -1;
}

} // namespace steward
