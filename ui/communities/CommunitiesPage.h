// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkspacePage.h"
#include "model/Membership.h"

#include <QPointer>

#include <optional>

class QLabel;
class QListView;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace steward {

class CommunityForm;
class CommunityListModel;
class MembersTableModel;
class Workspace;

/**
 * The communities of practice: the list (following the toolbar's selector), an editor for the
 * selected one, its members with their levels, and the level history of the selected member.
 */
class CommunitiesPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit CommunitiesPage(QWidget* parent = nullptr);
    ~CommunitiesPage() override;

    void setWorkspace(Workspace* workspace) override;
    void setCurrentCommunity(qint64 communityId) override;
    qint64 currentCommunity() const { return m_communityId; }

    CommunityListModel* communityModel() const { return m_communityModel; }
    MembersTableModel* membersModel() const { return m_membersModel; }

public slots:
    void addCommunity();
    void addMember();
    void changeLevel();

private slots:
    void communitiesReloaded();
    void membersReloaded();
    void updateHistory();
    void updateActions();

private:
    QWidget* createListPane();
    QWidget* createMembersBox();
    void connectSignals();
    static QString levelChangeText(ParticipationLevel from, ParticipationLevel to);
    std::optional<Member> selectedMember() const;
    void selectMembership(qint64 membershipId);
    void selectPersonsMembership(qint64 personId);
    /** Applies or drops unapplied community edits before the form shows another community. */
    void settleFormEdits();
    void showError(const QString& message);

    QPointer<Workspace> m_workspace;
    qint64 m_communityId = 0;
    qint64 m_selectedMembershipBeforeReset = 0;
    CommunityListModel* m_communityModel = nullptr;
    MembersTableModel* m_membersModel = nullptr;
    QListView* m_communityList = nullptr;
    QPushButton* m_addCommunityButton = nullptr;
    CommunityForm* m_form = nullptr;
    QLabel* m_membersLabel = nullptr;
    QTableView* m_membersTable = nullptr;
    QPushButton* m_addMemberButton = nullptr;
    QPushButton* m_changeLevelButton = nullptr;
    QLabel* m_historyLabel = nullptr;
    QTreeWidget* m_historyTree = nullptr;
};

} // namespace steward
