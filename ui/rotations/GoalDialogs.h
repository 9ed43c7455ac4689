// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/CheckIn.h"
#include "storage/Goal.h"
#include "storage/MastermindGroup.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace steward {

/**
 * Asks for a new goal of a group member (who, what, by when, how it stands) or, given `existing`, edits
 * a goal's text, target date and status (the member stays: a goal is its member's).
 */
class GoalDialog : public QDialog
{
    Q_OBJECT

public:
    GoalDialog(const MastermindGroup& group,
               QDate today,
               QWidget* parent = nullptr,
               const std::optional<Goal>& existing = std::nullopt);
    Goal goal() const;

private:
    void fill(const Goal& goal);

    const MastermindGroup m_group;
    QDate m_today;
    std::optional<Goal> m_existing;
    QComboBox* m_member = nullptr;
    QLineEdit* m_text = nullptr;
    QCheckBox* m_hasTarget = nullptr;
    QDateEdit* m_target = nullptr;
    QComboBox* m_status = nullptr;
};

/** Asks for a check-in on a goal at a meeting: progress, a note, and a confidential note that stays in the app. */
class CheckInDialog : public QDialog
{
    Q_OBJECT

public:
    CheckInDialog(const Goal& goal, QDate meeting, int progress, QWidget* parent = nullptr);
    CheckIn checkIn() const;

private:
    qint64 m_goalId = 0;
    QDateEdit* m_meeting = nullptr;
    QSpinBox* m_progress = nullptr;
    QLineEdit* m_note = nullptr;
    QPlainTextEdit* m_confidential = nullptr;
};

} // namespace steward
