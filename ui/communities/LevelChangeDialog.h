// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Community.h"
#include "model/Membership.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace steward {

class Workspace;

/**
 * Puts a person at a participation level in a community, with a date and a required reason:
 * either a member's level change, or (without a member) adding someone picked by name.
 * OK records it through the workspace (undoable); a refusal from core shows inside the dialog.
 */
class LevelChangeDialog : public QDialog
{
    Q_OBJECT

public:
    LevelChangeDialog(Workspace& workspace,
                      const Community& community,
                      const std::optional<Member>& member,
                      QWidget* parent = nullptr);
    ~LevelChangeDialog() override;

    /** The person the change is for, 0 while none is picked. */
    qint64 personId() const;

public slots:
    void accept() override;

private:
    void loadCandidates();
    void updateOkButton();

    Workspace& m_workspace;
    Community m_community;
    std::optional<Member> m_member;
    QHash<QString, qint64> m_candidates;       // picker text -> person id
    QHash<QString, qint64> m_candidatesByName; // case-folded name -> person id, -1 when ambiguous
    QLineEdit* m_personEdit = nullptr;
    QComboBox* m_levelCombo = nullptr;
    QDateEdit* m_dateEdit = nullptr;
    QLineEdit* m_reasonEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace steward
