// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommunityForm.h"

#include "workspace/Workspace.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace steward {

namespace {

QPlainTextEdit* shortTextEdit(QWidget* parent, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    const int lineHeight = edit->fontMetrics().lineSpacing();
    edit->setFixedHeight(lines * lineHeight + 2 * edit->frameWidth() + 8);
    return edit;
}

} // namespace

CommunityForm::CommunityForm(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("communityForm"));
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("communityNameLineEdit"));
    m_domainEdit = new QLineEdit(this);
    m_domainEdit->setObjectName(QStringLiteral("domainLineEdit"));
    m_domainEdit->setPlaceholderText(tr("What the community cares about and learns together"));
    m_descriptionEdit = shortTextEdit(this, 2);
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionTextEdit"));
    m_channelEdit = new QLineEdit(this);
    m_channelEdit->setObjectName(QStringLiteral("channelLineEdit"));
    m_channelEdit->setPlaceholderText(tr("Where it talks, for example #guild-testing"));
    m_cadenceEdit = new QLineEdit(this);
    m_cadenceEdit->setObjectName(QStringLiteral("cadenceLineEdit"));
    m_cadenceEdit->setPlaceholderText(tr("How often it meets, for example every second Thursday"));
    m_normsEdit = shortTextEdit(this, 2);
    m_normsEdit->setObjectName(QStringLiteral("normsTextEdit"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&Domain:"), m_domainEdit);
    form->addRow(tr("De&scription:"), m_descriptionEdit);
    form->addRow(tr("C&hannel:"), m_channelEdit);
    form->addRow(tr("Cadenc&e:"), m_cadenceEdit);
    form->addRow(tr("N&orms:"), m_normsEdit);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("communityErrorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->hide();

    m_revertButton = new QPushButton(tr("Re&vert"), this);
    m_revertButton->setObjectName(QStringLiteral("revertButton"));
    m_applyButton = new QPushButton(tr("&Apply"), this);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_applyButton);
    connect(m_applyButton, &QPushButton::clicked, this, &CommunityForm::apply);
    connect(m_revertButton, &QPushButton::clicked, this, &CommunityForm::revert);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addLayout(buttons);

    for (QLineEdit* edit : {m_nameEdit, m_domainEdit, m_channelEdit, m_cadenceEdit})
        connect(edit, &QLineEdit::textChanged, this, &CommunityForm::updateButtons);
    for (QPlainTextEdit* edit : {m_descriptionEdit, m_normsEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, &CommunityForm::updateButtons);
    setCommunity(std::nullopt);
}

CommunityForm::~CommunityForm() = default;

void CommunityForm::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    setCommunity(std::nullopt);
}

void CommunityForm::setCommunity(const std::optional<Community>& community)
{
    m_community = community;
    const Community shown = community.value_or(Community());
    m_nameEdit->setText(shown.name);
    m_domainEdit->setText(shown.domain);
    m_descriptionEdit->setPlainText(shown.description);
    m_channelEdit->setText(shown.channel);
    m_cadenceEdit->setText(shown.cadence);
    m_normsEdit->setPlainText(shown.norms);
    m_errorLabel->hide();
    setEnabled(community.has_value());
    updateButtons();
}

Community CommunityForm::editedCommunity() const
{
    Community c = m_community.value_or(Community());
    c.name = m_nameEdit->text().trimmed();
    c.domain = m_domainEdit->text().trimmed();
    c.description = m_descriptionEdit->toPlainText().trimmed();
    c.channel = m_channelEdit->text().trimmed();
    c.cadence = m_cadenceEdit->text().trimmed();
    c.norms = m_normsEdit->toPlainText().trimmed();
    return c;
}

bool CommunityForm::isModified() const
{
    return m_community && editedCommunity() != *m_community;
}

bool CommunityForm::apply()
{
    if (!m_workspace || !m_community)
        return false;
    const Community edited = editedCommunity();
    if (Status s = m_workspace->editCommunity(edited); !s) {
        m_errorLabel->setText(s.errorString());
        m_errorLabel->show();
        return false;
    }
    m_errorLabel->hide();
    m_community = edited;
    updateButtons();
    return true;
}

void CommunityForm::revert()
{
    setCommunity(m_community);
}

void CommunityForm::updateButtons()
{
    const bool modified = isModified();
    m_applyButton->setEnabled(modified && !m_nameEdit->text().trimmed().isEmpty());
    m_revertButton->setEnabled(modified);
    if (modified != m_wasModified) {
        m_wasModified = modified;
        emit modifiedChanged(modified);
    }
}

} // namespace steward
