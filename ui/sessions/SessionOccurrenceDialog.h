// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/SessionCommandContent.h"

#include <QDate>
#include <QDialog>

class QDateTimeEdit;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace steward {

class Workspace;

/** Moves or cancels one occurrence of a series, or puts it back where the rule has it; one undoable edit. */
class SessionOccurrenceDialog : public QDialog
{
    Q_OBJECT

public:
    /** date: the occurrence's name (the date the rule gives it). */
    SessionOccurrenceDialog(Workspace& workspace, SessionCommandContent content, QDate date, QWidget* parent = nullptr);

    /** The series with the chosen change applied to its exceptions, or a message. */
    Result<SessionCommandContent> changed() const;

public slots:
    void accept() override;

private:
    Workspace& m_workspace;
    SessionCommandContent m_content;
    QDate m_date;
    QRadioButton* m_move = nullptr;
    QRadioButton* m_cancel = nullptr;
    QRadioButton* m_restore = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QSpinBox* m_minutes = nullptr;
    QLabel* m_errorLabel = nullptr;
};

} // namespace steward
