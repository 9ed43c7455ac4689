// SPDX-License-Identifier: GPL-3.0-or-later
#include "LevelChangeDialog.h"

#include "model/ParticipationLevel.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace steward {

namespace {

QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

LevelChangeDialog::LevelChangeDialog(Workspace& workspace,
                                     const Community& community,
                                     const std::optional<Member>& member,
                                     QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_community(community)
    , m_member(member)
{
    setObjectName(QStringLiteral("levelChangeDialog"));
    setWindowTitle(member ? tr("Change Level") : tr("Add Member"));

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* communityLabel = plainLabel(community.name, this);
    communityLabel->setObjectName(QStringLiteral("communityNameLabel"));
    form->addRow(tr("Community:"), communityLabel);

    if (member) {
        auto* personLabel = plainLabel(member->personName, this);
        personLabel->setObjectName(QStringLiteral("personNameLabel"));
        form->addRow(tr("Member:"), personLabel);
        const QString current = participationLevelDisplayName(member->membership.level);
        auto* currentLabel =
            plainLabel(member->membership.left.isValid() ? tr("%1 (left)").arg(current) : current, this);
        currentLabel->setObjectName(QStringLiteral("currentLevelLabel"));
        form->addRow(tr("Current level:"), currentLabel);
    } else {
        m_personEdit = new QLineEdit(this);
        m_personEdit->setObjectName(QStringLiteral("personLineEdit"));
        m_personEdit->setPlaceholderText(tr("Start typing a name or email"));
        form->addRow(tr("&Person:"), m_personEdit);
        connect(m_personEdit, &QLineEdit::textChanged, this, &LevelChangeDialog::updateOkButton);
    }

    m_levelCombo = new QComboBox(this);
    m_levelCombo->setObjectName(QStringLiteral("levelComboBox"));
    for (ParticipationLevel level : allParticipationLevels())
        m_levelCombo->addItem(participationLevelDisplayName(level), int(level));
    if (member) {
        // Most changes move one step towards the core.
        const int next = std::min(int(member->membership.level) + 1, m_levelCombo->count() - 1);
        m_levelCombo->setCurrentIndex(member->membership.left.isValid() ? int(member->membership.level) : next);
    }
    form->addRow(tr("New &level:"), m_levelCombo);

    m_dateEdit = new QDateEdit(workspace.clock().today(), this);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setCalendarPopup(true);
    form->addRow(tr("&Date:"), m_dateEdit);

    m_reasonEdit = new QLineEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reasonEdit->setPlaceholderText(tr("Why, for example \"hosted two sessions\" (required)"));
    form->addRow(tr("&Reason:"), m_reasonEdit);

    m_errorLabel = plainLabel(QString(), this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->hide();
    if (!member)
        loadCandidates();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LevelChangeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LevelChangeDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    connect(m_reasonEdit, &QLineEdit::textChanged, this, &LevelChangeDialog::updateOkButton);
    connect(m_levelCombo, &QComboBox::currentIndexChanged, this, &LevelChangeDialog::updateOkButton);
    updateOkButton();
    setMinimumWidth(420);
}

LevelChangeDialog::~LevelChangeDialog() = default;

qint64 LevelChangeDialog::personId() const
{
    if (m_member)
        return m_member->membership.personId;
    const QString text = m_personEdit->text().trimmed();
    if (const auto it = m_candidates.constFind(text); it != m_candidates.cend())
        return it.value();
    // A bare name is enough when it names one candidate only.
    return std::max<qint64>(m_candidatesByName.value(text.toCaseFolded(), 0), 0);
}

void LevelChangeDialog::accept()
{
    const auto level = ParticipationLevel(m_levelCombo->currentData().toInt());
    const Status status =
        m_workspace.setLevel(m_community.id, personId(), level, m_dateEdit->date(), m_reasonEdit->text().trimmed());
    if (!status) {
        m_errorLabel->setText(status.errorString());
        m_errorLabel->show();
        return;
    }
    QDialog::accept();
}

// Everyone who is not a current member, each under a text that names one person only.
void LevelChangeDialog::loadCandidates()
{
    auto people = m_workspace.people().all();
    auto members = m_workspace.memberships().membersOf(m_community.id);
    if (!people || !members) {
        m_errorLabel->setText(people ? members.errorString() : people.errorString());
        m_errorLabel->show();
        return;
    }
    QSet<qint64> current;
    for (const Member& m : std::as_const(*members)) {
        if (!m.membership.left.isValid())
            current.insert(m.membership.personId);
    }
    for (const Person& person : std::as_const(*people)) {
        if (current.contains(person.id))
            continue;
        QString text = person.name;
        if (!person.email.isEmpty())
            text = tr("%1 <%2>").arg(person.name, person.email);
        else if (!person.team.isEmpty())
            text = tr("%1 (%2)").arg(person.name, person.team);
        if (m_candidates.contains(text))
            text = tr("%1 #%2").arg(text).arg(person.id);
        m_candidates.insert(text, person.id);
        const QString key = person.name.toCaseFolded();
        m_candidatesByName.insert(key, m_candidatesByName.contains(key) ? -1 : person.id);
    }
    QStringList texts = m_candidates.keys();
    texts.sort(Qt::CaseInsensitive);
    auto* completer = new QCompleter(texts, m_personEdit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_personEdit->setCompleter(completer);
}

void LevelChangeDialog::updateOkButton()
{
    bool ok = !m_reasonEdit->text().trimmed().isEmpty() && personId() != 0;
    if (m_member && !m_member->membership.left.isValid())
        ok = ok && m_levelCombo->currentData().toInt() != int(m_member->membership.level);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace steward
