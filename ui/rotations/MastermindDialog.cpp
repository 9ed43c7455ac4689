// SPDX-License-Identifier: GPL-3.0-or-later
#include "MastermindDialog.h"

#include "storage/MastermindRepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace steward {

MastermindDialog::MastermindDialog(MastermindGroup group, const QList<Member>& candidates, QWidget* parent)
    : QDialog(parent)
    , m_group(std::move(group))
{
    setWindowTitle(m_group.id > 0 ? tr("Edit Mastermind Group") : tr("Add Mastermind Group"));
    m_name = new QLineEdit(m_group.name, this);
    m_name->setObjectName(QStringLiteral("groupName"));
    m_cadence = new QLineEdit(m_group.cadence, this);
    m_cadence->setPlaceholderText(tr("e.g. every other Tuesday, 60 minutes"));
    m_rules = new QPlainTextEdit(m_group.groundRules, this);
    m_rules->setMaximumHeight(80);
    m_confidential = new QCheckBox(tr("Confidential: notes stay in the app"), this);
    m_confidential->setChecked(m_group.confidential);
    m_members = new QListWidget(this);
    m_members->setObjectName(QStringLiteral("groupMembers"));
    QList<qint64> chosen;
    for (const MastermindMember& member : std::as_const(m_group.members))
        chosen.append(member.personId);
    for (const Member& candidate : candidates) {
        auto* row = new QListWidgetItem(candidate.personName, m_members);
        row->setData(Qt::UserRole, candidate.membership.personId);
        row->setCheckState(chosen.contains(candidate.membership.personId) ? Qt::Checked : Qt::Unchecked);
    }
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("groupSizeWarning"));
    m_warning->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_members, &QListWidget::itemChanged, this, &MastermindDialog::updateWarning);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Cadence"), m_cadence);
    form->addRow(tr("Ground rules"), m_rules);
    form->addRow(QString(), m_confidential);
    form->addRow(tr("Members"), m_members);
    form->addRow(QString(), m_warning);
    form->addRow(buttons);
    updateWarning();
}

MastermindGroup MastermindDialog::group() const
{
    MastermindGroup group = m_group;
    group.name = m_name->text();
    group.cadence = m_cadence->text();
    group.groundRules = m_rules->toPlainText();
    group.confidential = m_confidential->isChecked();
    group.members.clear();
    for (int row = 0; row < m_members->count(); ++row) {
        const QListWidgetItem* item = m_members->item(row);
        if (item->checkState() == Qt::Checked)
            group.members.append({item->data(Qt::UserRole).toLongLong(), item->text(), {}});
    }
    // Members who stay keep the day they joined.
    for (MastermindMember& member : group.members) {
        for (const MastermindMember& before : m_group.members) {
            if (before.personId == member.personId)
                member.joined = before.joined;
        }
    }
    return group;
}

void MastermindDialog::updateWarning()
{
    const QString warning = MastermindRepository::sizeWarning(group());
    m_warning->setText(warning.isEmpty() ? QString() : tr("Note: %1").arg(warning));
}

} // namespace steward
