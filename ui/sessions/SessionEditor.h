// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/SessionCommandContent.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

namespace steward {

class SessionCatalog;
class Workspace;

/**
 * Adds or edits a session: format, title, start, length, place or link, facilitator, roles, agenda, notes,
 * learnings, the confidential flag, the series rule and the phase plan. OK saves through one undoable command;
 * a refusal shows its message in the dialog, which stays open.
 */
class SessionEditor : public QDialog
{
    Q_OBJECT

public:
    /** existing: the stored content to edit; none: a new session of the catalog's community. */
    SessionEditor(Workspace& workspace,
                  const SessionCatalog& catalog,
                  std::optional<SessionCommandContent> existing,
                  QWidget* parent = nullptr);

    /** What the fields say, as the command would store it. */
    SessionCommandContent content() const;
    qint64 savedSessionId() const { return m_savedId; }

public slots:
    void accept() override;
    /** Replaces the phase table by the format's plan fitted to the length. */
    void resetPhases();

private:
    QWidget* createSessionTab();
    QWidget* createRolesTab();
    QWidget* createRepeatTab();
    QWidget* createPhasesTab();
    QWidget* createNotesTab();
    void load(const SessionCommandContent& content);
    void loadRepeat(const Session& session);
    void loadRoles(const QList<SessionRoleAssignment>& roles);
    void loadPhases(const QList<SessionPhase>& phases);
    std::optional<RecurrenceRule> repeatRule() const;
    QList<SessionRoleAssignment> roles() const;
    QList<SessionPhase> phases() const;
    void updateRepeatControls();
    void movePhase(int by);
    void showError(const QString& message);

    Workspace& m_workspace;
    const SessionCatalog& m_catalog;
    std::optional<SessionCommandContent> m_existing;
    qint64 m_savedId = 0;

    QComboBox* m_format = nullptr;
    QLineEdit* m_title = nullptr;
    QDateTimeEdit* m_start = nullptr;
    QSpinBox* m_minutes = nullptr;
    QLineEdit* m_place = nullptr;
    QLineEdit* m_link = nullptr;
    QComboBox* m_facilitator = nullptr;
    QCheckBox* m_confidential = nullptr;
    QTreeWidget* m_roles = nullptr;
    QComboBox* m_repeat = nullptr;
    QSpinBox* m_interval = nullptr;
    QComboBox* m_weekOfMonth = nullptr;
    QRadioButton* m_byCount = nullptr;
    QRadioButton* m_byUntil = nullptr;
    QSpinBox* m_count = nullptr;
    QDateEdit* m_until = nullptr;
    QTableWidget* m_phases = nullptr;
    QPlainTextEdit* m_agenda = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPlainTextEdit* m_learnings = nullptr;
    QLabel* m_errorLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace steward
