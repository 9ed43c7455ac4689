// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecognitionDialog.h"

#include "repertoire/RecognitionRepository.h"
#include "workspace/GiveRecognitionCommand.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace steward {

RecognitionDialog::RecognitionDialog(Workspace& workspace, qint64 communityId, Kind kind, QWidget* parent)
    : QDialog(parent)
    , m_workspace(&workspace)
    , m_communityId(communityId)
    , m_kind(kind)
    , m_giver(new QComboBox(this))
    , m_receiver(new QComboBox(this))
    , m_reason(new QPlainTextEdit(this))
    , m_date(new QDateEdit(workspace.clock().today(), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(kind == Kind::Badge ? tr("Award Badge") : tr("Give Shout-out"));
    m_giver->setObjectName(QStringLiteral("giverComboBox"));
    m_receiver->setObjectName(QStringLiteral("receiverComboBox"));
    m_reason->setObjectName(QStringLiteral("reasonTextEdit"));
    m_reason->setPlaceholderText(tr("What did they do, and why does it matter to the community?"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(140);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c"));
    auto* form = new QFormLayout;
    form->addRow(tr("&From:"), m_giver);
    form->addRow(tr("&To:"), m_receiver);
    if (kind == Kind::Badge) {
        m_badges = new QListWidget(this);
        m_badges->setObjectName(QStringLiteral("badgeListWidget"));
        m_badges->setIconSize(QSize(32, 32));
        m_badges->setMinimumHeight(6 * 36 + 8); // the whole bundled set without scrolling
        m_criteria = new QLabel(this);
        m_criteria->setObjectName(QStringLiteral("badgeCriteriaLabel"));
        m_criteria->setWordWrap(true);
        form->addRow(tr("&Badge:"), m_badges);
        form->addRow(tr("Criteria:"), m_criteria);
        connect(m_badges, &QListWidget::currentRowChanged, this, &RecognitionDialog::showBadgeCriteria);
    }
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Date:"), m_date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(kind == Kind::Badge ? tr("Award") : tr("Give"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecognitionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecognitionDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    fillMembers();
    if (m_badges)
        fillBadges();
    resize(480, kind == Kind::Badge ? 560 : 320);
}

void RecognitionDialog::fillMembers()
{
    auto members = m_workspace->memberships().membersOf(m_communityId);
    if (!members) {
        m_error->setText(members.errorString());
        return;
    }
    for (const Member& m : std::as_const(*members)) {
        m_giver->addItem(m.personName, m.membership.personId);
        m_receiver->addItem(m.personName, m.membership.personId);
    }
    // The steward usually gives; someone else usually receives.
    for (const Member& m : std::as_const(*members)) {
        if (m.membership.level == ParticipationLevel::Steward) {
            m_giver->setCurrentIndex(m_giver->findData(m.membership.personId));
            break;
        }
    }
    if (m_receiver->count() > 1 && m_receiver->currentIndex() == m_giver->currentIndex())
        m_receiver->setCurrentIndex(m_giver->currentIndex() == 0 ? 1 : 0);
}

void RecognitionDialog::fillBadges()
{
    RecognitionRepository repository(m_workspace->database());
    if (Status s = repository.ensureBundledBadges(); !s) {
        m_error->setText(s.errorString());
        return;
    }
    auto badges = repository.badges();
    if (!badges) {
        m_error->setText(badges.errorString());
        return;
    }
    for (const Badge& b : std::as_const(*badges)) {
        auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/badges/") + b.icon), b.name, m_badges);
        item->setData(Qt::UserRole, b.id);
        item->setData(Qt::UserRole + 1, b.criteria);
        item->setToolTip(b.criteria);
    }
    if (m_badges->count() > 0)
        m_badges->setCurrentRow(0);
}

void RecognitionDialog::showBadgeCriteria()
{
    QListWidgetItem* item = m_badges->currentItem();
    m_criteria->setText(item ? item->data(Qt::UserRole + 1).toString() : QString());
}

void RecognitionDialog::accept()
{
    if (!m_workspace)
        return;
    Recognition r;
    r.communityId = m_communityId;
    r.giverId = m_giver->currentData().toLongLong();
    r.receiverId = m_receiver->currentData().toLongLong();
    r.reason = m_reason->toPlainText();
    r.givenOn = m_date->date();
    if (m_badges) {
        if (!m_badges->currentItem()) {
            m_error->setText(tr("Choose a badge."));
            return;
        }
        r.badgeId = m_badges->currentItem()->data(Qt::UserRole).toLongLong();
    }
    if (r.giverId <= 0 || r.receiverId <= 0) {
        m_error->setText(tr("Choose who gives and who receives."));
        return;
    }
    if (Status s = m_workspace->perform(std::make_unique<GiveRecognitionCommand>(*m_workspace, r)); !s) {
        m_error->setText(s.errorString());
        return;
    }
    QDialog::accept();
}

} // namespace steward
