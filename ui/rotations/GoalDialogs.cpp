// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalDialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace steward {

namespace {

QDialogButtonBox* okCancel(QDialog* dialog)
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

QDateEdit* dateEdit(QDate date, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

GoalDialog::GoalDialog(const MastermindGroup& group, QDate today, QWidget* parent, const std::optional<Goal>& existing)
    : QDialog(parent)
    , m_group(group)
    , m_today(today)
    , m_existing(existing)
{
    setWindowTitle(existing ? tr("Edit Goal") : tr("Add Goal"));
    m_member = new QComboBox(this);
    m_member->setObjectName(QStringLiteral("goalMember"));
    for (const MastermindMember& member : group.members)
        m_member->addItem(member.personName, member.personId);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("goalText"));
    m_hasTarget = new QCheckBox(tr("Target date"), this);
    m_hasTarget->setObjectName(QStringLiteral("goalHasTarget"));
    m_target = dateEdit(today.addMonths(3), this);
    m_target->setObjectName(QStringLiteral("goalTarget"));
    m_target->setEnabled(false);
    connect(m_hasTarget, &QCheckBox::toggled, m_target, &QWidget::setEnabled);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("goalStatus"));
    for (Goal::Status status : {Goal::Status::OnTrack, Goal::Status::AtRisk, Goal::Status::Behind, Goal::Status::Done})
        m_status->addItem(Goal::statusLabel(status), int(status));
    if (existing)
        fill(*existing);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Member"), m_member);
    form->addRow(tr("Goal"), m_text);
    form->addRow(m_hasTarget, m_target);
    form->addRow(tr("Status"), m_status);
    form->addRow(okCancel(this));
}

void GoalDialog::fill(const Goal& goal)
{
    m_member->clear();
    m_member->addItem(goal.personName, goal.personId);
    m_member->setEnabled(false);
    m_text->setText(goal.text);
    m_hasTarget->setChecked(goal.targetDate.isValid());
    if (goal.targetDate.isValid())
        m_target->setDate(goal.targetDate);
    m_status->setCurrentIndex(m_status->findData(int(goal.status)));
}

Goal GoalDialog::goal() const
{
    // An edit keeps the goal's id, member and creation day.
    Goal goal = m_existing.value_or(Goal{});
    if (!m_existing) {
        goal.groupId = m_group.id;
        goal.personId = m_member->currentData().toLongLong();
        goal.created = m_today;
    }
    goal.text = m_text->text();
    goal.targetDate = m_hasTarget->isChecked() ? m_target->date() : QDate();
    goal.status = Goal::Status(m_status->currentData().toInt());
    return goal;
}

CheckInDialog::CheckInDialog(const Goal& goal, QDate meeting, int progress, QWidget* parent)
    : QDialog(parent)
    , m_goalId(goal.id)
{
    setWindowTitle(tr("Check In: %1").arg(goal.text));
    m_meeting = dateEdit(meeting, this);
    m_progress = new QSpinBox(this);
    m_progress->setRange(0, 100);
    m_progress->setSuffix(QStringLiteral(" %"));
    m_progress->setValue(progress);
    m_note = new QLineEdit(this);
    m_confidential = new QPlainTextEdit(this);
    m_confidential->setPlaceholderText(tr("Stays in the app: never exported unless you include it for one export."));
    auto* form = new QFormLayout(this);
    form->addRow(tr("Meeting"), m_meeting);
    form->addRow(tr("Progress"), m_progress);
    form->addRow(tr("Note"), m_note);
    form->addRow(tr("Confidential note"), m_confidential);
    form->addRow(okCancel(this));
}

CheckIn CheckInDialog::checkIn() const
{
    return CheckIn{0, m_goalId, m_meeting->date(), m_progress->value(), m_note->text(), m_confidential->toPlainText()};
}

} // namespace steward
