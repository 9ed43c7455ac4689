// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Community.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

namespace steward {

class Workspace;

/** The workspace's communities by name, for the toolbar selector and the communities list. */
class CommunityListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };

    explicit CommunityListModel(QObject* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    const Community& communityAt(int row) const { return m_communities.at(row); }
    /** The row of the community with this id, or -1. */
    int rowOfId(qint64 communityId) const;

signals:
    void loadFailed(const QString& message);

private:
    QPointer<Workspace> m_workspace;
    QList<Community> m_communities;
};

} // namespace steward
