// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/Person.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace steward {

class Workspace;

/**
 * Adds a person or edits one. OK saves through the workspace (an undoable edit); when core refuses
 * (a duplicate email, an invalid address) the message shows inside the dialog and it stays open.
 */
class PersonDialog : public QDialog
{
    Q_OBJECT

public:
    /** A person with id 0 is added; otherwise that person is edited. */
    PersonDialog(Workspace& workspace, const Person& person, QWidget* parent = nullptr);
    ~PersonDialog() override;

    /** Values offered while typing, taken from the people already in the workspace. */
    void setSuggestions(const QStringList& teams, const QStringList& departments, const QStringList& locations);

    /** The person as entered in the form (id kept from the edited person). */
    Person person() const;
    /** The id of the saved person once the dialog was accepted. */
    qint64 savedPersonId() const { return m_savedPersonId; }

public slots:
    void accept() override;

private:
    void updateOkButton();
    void showError(const QString& message);

    Workspace& m_workspace;
    Person m_original;
    qint64 m_savedPersonId = 0;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_emailEdit = nullptr;
    QLineEdit* m_teamEdit = nullptr;
    QLineEdit* m_departmentEdit = nullptr;
    QLineEdit* m_titleEdit = nullptr;
    QLineEdit* m_locationEdit = nullptr;
    QDateEdit* m_startDateEdit = nullptr;
    QCheckBox* m_startDateUnknownCheck = nullptr;
    QLineEdit* m_slackEdit = nullptr;
    QLineEdit* m_discordEdit = nullptr;
    QLineEdit* m_githubEdit = nullptr;
    QLineEdit* m_teamsIdEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace steward
