// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkspacePage.h"
#include "storage/MastermindGroup.h"

#include <QPointer>

#include <optional>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace steward {

class AbsencesView;
class GoalsView;
class RotationEditor;
class Workspace;

/**
 * Mastermind groups of the current community (all groups when none is chosen): the group's cadence,
 * ground rules, confidentiality and members (warned outside 4 to 8), and in tabs its hot-seat rotation,
 * its members' goals with check-ins, streaks and flags, and their absences.
 */
class MastermindsPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit MastermindsPage(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace) override;
    void setCurrentCommunity(qint64 communityId) override;

    QListWidget* groupList() const { return m_groups; }
    RotationEditor* hotSeats() const { return m_hotSeats; }
    GoalsView* goals() const { return m_goals; }
    AbsencesView* absences() const { return m_absences; }
    QTabWidget* tabs() const { return m_tabs; }
    QLabel* groupDetails() const { return m_details; }
    /** Shows the group with this id if the list has it. */
    bool selectGroup(qint64 groupId);

public slots:
    void reload();
    void addGroup();
    void editGroup();
    /** Removes the selected group with its hot seats, goals and check-ins, undoably. */
    void removeGroup();

private:
    QWidget* createListPane();
    QWidget* createGroupPane();
    void showGroup();
    std::optional<MastermindGroup> selectedGroup() const;
    QString detailsText(const MastermindGroup& group) const;

    QPointer<Workspace> m_workspace;
    qint64 m_communityId = 0;
    QList<MastermindGroup> m_groupList;
    QListWidget* m_groups = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_details = nullptr;
    QTabWidget* m_tabs = nullptr;
    RotationEditor* m_hotSeats = nullptr;
    GoalsView* m_goals = nullptr;
    AbsencesView* m_absences = nullptr;
};

} // namespace steward
