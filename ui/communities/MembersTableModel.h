// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Membership.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace steward {

class Workspace;

/** The members of one community with their team, participation level and the date they joined. */
class MembersTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column
    {
        Name,
        Team,
        Level,
        Joined,
        Count,
    };
    enum Role
    {
        MembershipIdRole = Qt::UserRole + 1,
        PersonIdRole,
    };

    explicit MembersTableModel(QObject* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    /** Shows the members of this community (0: none). */
    void setCommunity(qint64 communityId);
    qint64 communityId() const { return m_communityId; }
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Member& memberAt(int row) const { return m_members.at(row); }
    /** The row of the membership with this id, or -1. */
    int rowOfMembership(qint64 membershipId) const;

signals:
    void loadFailed(const QString& message);

private:
    void reloadIfShown(qint64 communityId);

    QPointer<Workspace> m_workspace;
    qint64 m_communityId = 0;
    QList<Member> m_members;
};

} // namespace steward
