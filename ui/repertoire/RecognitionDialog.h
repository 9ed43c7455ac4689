// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace steward {

class Workspace;

/**
 * "Give Shout-out…" and "Award Badge…": who gives what to whom and why. OK records it through the undo stack
 * (GiveRecognitionCommand); a refusal (no reason, oneself, ...) is shown here and the dialog stays open.
 */
class RecognitionDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        ShoutOut,
        Badge
    };

    RecognitionDialog(Workspace& workspace, qint64 communityId, Kind kind, QWidget* parent = nullptr);

    void accept() override;

private:
    void fillMembers();
    void fillBadges();
    void showBadgeCriteria();

    QPointer<Workspace> m_workspace;
    qint64 m_communityId;
    Kind m_kind;
    QComboBox* m_giver = nullptr;
    QComboBox* m_receiver = nullptr;
    QListWidget* m_badges = nullptr;
    QLabel* m_criteria = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace steward
