// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonDialog.h"

#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace steward {

namespace {

void setCompletions(QLineEdit* edit, const QStringList& values)
{
    auto* completer = new QCompleter(values, edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    edit->setCompleter(completer);
}

} // namespace

PersonDialog::PersonDialog(Workspace& workspace, const Person& person, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_original(person)
{
    setObjectName(QStringLiteral("personDialog"));
    setWindowTitle(person.id == 0 ? tr("Add Person") : tr("Edit Person"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* mainLayout = new QVBoxLayout(this);
    mainLayout->addLayout(form); // addLayout, not addItem: the row labels must get this dialog as parent

    const auto add = [this, form](const QString& objectName, const QString& label, const QString& value) {
        auto* edit = new QLineEdit(value, this);
        edit->setObjectName(objectName);
        form->addRow(label, edit);
        return edit;
    };
    m_nameEdit = add(QStringLiteral("nameLineEdit"), tr("&Name:"), person.name);
    m_emailEdit = add(QStringLiteral("emailLineEdit"), tr("&Email:"), person.email);
    m_teamEdit = add(QStringLiteral("teamLineEdit"), tr("&Team:"), person.team);
    m_departmentEdit = add(QStringLiteral("departmentLineEdit"), tr("&Department:"), person.department);
    m_titleEdit = add(QStringLiteral("titleLineEdit"), tr("T&itle:"), person.title);
    m_locationEdit = add(QStringLiteral("locationLineEdit"), tr("&Location:"), person.location);

    m_startDateEdit = new QDateEdit(this);
    m_startDateEdit->setObjectName(QStringLiteral("startDateEdit"));
    m_startDateEdit->setCalendarPopup(true);
    m_startDateEdit->setDate(person.startDate.isValid() ? person.startDate : workspace.clock().today());
    m_startDateUnknownCheck = new QCheckBox(tr("&Unknown"), this);
    m_startDateUnknownCheck->setObjectName(QStringLiteral("startDateUnknownCheckBox"));
    m_startDateUnknownCheck->setChecked(!person.startDate.isValid());
    m_startDateEdit->setEnabled(person.startDate.isValid());
    connect(m_startDateUnknownCheck, &QCheckBox::toggled, m_startDateEdit, &QWidget::setDisabled);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_startDateEdit, 1);
    dateRow->addWidget(m_startDateUnknownCheck);
    auto* dateLabel = new QLabel(tr("&Start date:"), this);
    dateLabel->setBuddy(m_startDateEdit); // addRow(text, layout) would show the '&' literally
    form->addRow(dateLabel, dateRow);

    m_slackEdit = add(QStringLiteral("slackIdLineEdit"), tr("S&lack ID:"), person.slackId);
    m_discordEdit = add(QStringLiteral("discordIdLineEdit"), tr("Disc&ord ID:"), person.discordId);
    m_githubEdit = add(QStringLiteral("githubLoginLineEdit"), tr("&GitHub login:"), person.githubLogin);
    m_teamsIdEdit = add(QStringLiteral("teamsIdLineEdit"), tr("Tea&ms ID:"), person.teamsId);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText); // core messages quote names and emails
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->hide();
    mainLayout->addWidget(m_errorLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PersonDialog::reject);
    mainLayout->addWidget(m_buttons);

    connect(m_nameEdit, &QLineEdit::textChanged, this, &PersonDialog::updateOkButton);
    updateOkButton();
    setMinimumWidth(420);
}

PersonDialog::~PersonDialog() = default;

void PersonDialog::setSuggestions(const QStringList& teams,
                                  const QStringList& departments,
                                  const QStringList& locations)
{
    setCompletions(m_teamEdit, teams);
    setCompletions(m_departmentEdit, departments);
    setCompletions(m_locationEdit, locations);
}

Person PersonDialog::person() const
{
    Person p;
    p.id = m_original.id;
    p.name = m_nameEdit->text();
    p.email = m_emailEdit->text();
    p.team = m_teamEdit->text();
    p.department = m_departmentEdit->text();
    p.title = m_titleEdit->text();
    p.location = m_locationEdit->text();
    p.startDate = m_startDateUnknownCheck->isChecked() ? QDate() : m_startDateEdit->date();
    p.slackId = m_slackEdit->text();
    p.discordId = m_discordEdit->text();
    p.githubLogin = m_githubEdit->text();
    p.teamsId = m_teamsIdEdit->text();
    return p;
}

void PersonDialog::accept()
{
    const Person entered = person();
    if (entered.id == 0) {
        auto id = m_workspace.addPerson(entered);
        if (!id) {
            showError(id.errorString());
            return;
        }
        m_savedPersonId = *id;
    } else {
        if (Status s = m_workspace.editPerson(entered); !s) {
            showError(s.errorString());
            return;
        }
        m_savedPersonId = entered.id;
    }
    QDialog::accept();
}

void PersonDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_nameEdit->text().trimmed().isEmpty());
}

void PersonDialog::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

} // namespace steward
