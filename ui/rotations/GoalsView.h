// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RotationDocument.h"
#include "storage/CheckIn.h"
#include "storage/Goal.h"
#include "storage/GoalAccountability.h"
#include "storage/MastermindGroup.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace steward {

class Workspace;

/**
 * A mastermind group's goals and accountability: each member's goals with status, target date, last
 * check-in and progress, their check-in streak, and flags for goals without a check-in for 3 meetings
 * or past their date; below, the check-ins of the selected goal (confidential notes shown only here).
 */
class GoalsView : public QWidget
{
    Q_OBJECT

public:
    explicit GoalsView(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    void setGroup(const std::optional<MastermindGroup>& group);

    QTableWidget* goalsTable() const { return m_goals; }
    QTableWidget* checkInsTable() const { return m_checkIns; }
    /** The rows flagged in the table, as the flag texts shown. */
    QStringList flagTexts() const;
    /** The goal of the selected row, if a row is selected. */
    std::optional<Goal> selectedGoal() const;
    /** The goals for print: one line per goal; the last confidential note of each only in confidentialLines. */
    RotationDocument::Section documentSection() const;

public slots:
    void reload();
    void addGoal();
    /** Opens the selected goal's text, target date and status in a dialog; the change is one undoable edit. */
    void editGoal();
    /** Stores `changed` over the selected goal (undoable); false when nothing is selected or it failed. */
    bool saveSelectedGoal(const steward::Goal& changed);
    void checkIn();
    void setSelectedStatus(steward::Goal::Status status);
    void removeGoal();

private:
    void fillGoals(const GoalAccountability& accountability);
    void fillCheckIns();

    QList<QDate> meetingDates() const;
    void updateActions();
    void showError(const QString& message);

    QPointer<Workspace> m_workspace;
    std::optional<MastermindGroup> m_group;
    QList<Goal> m_goalList;
    QList<CheckIn> m_checkInList;
    QLabel* m_summary = nullptr;
    QTableWidget* m_goals = nullptr;
    QTableWidget* m_checkIns = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_checkIn = nullptr;
    QPushButton* m_status = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace steward
