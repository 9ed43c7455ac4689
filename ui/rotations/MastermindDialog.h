// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Membership.h"
#include "storage/MastermindGroup.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace steward {

/**
 * Adds or edits a mastermind group: name, cadence, ground rules, confidentiality (on by default) and
 * the members, chosen among the community's members; outside 4 to 8 members it warns but allows.
 */
class MastermindDialog : public QDialog
{
    Q_OBJECT

public:
    MastermindDialog(MastermindGroup group, const QList<Member>& candidates, QWidget* parent = nullptr);
    MastermindGroup group() const;
    QLabel* warningLabel() const { return m_warning; }

private:
    void updateWarning();

    MastermindGroup m_group;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_cadence = nullptr;
    QPlainTextEdit* m_rules = nullptr;
    QCheckBox* m_confidential = nullptr;
    QListWidget* m_members = nullptr;
    QLabel* m_warning = nullptr;
};

} // namespace steward
