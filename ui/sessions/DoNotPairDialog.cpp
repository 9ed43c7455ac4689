// SPDX-License-Identifier: GPL-3.0-or-later
#include "DoNotPairDialog.h"

#include "sessions/SessionCatalog.h"
#include "storage/SessionPairingRepository.h"
#include "workspace/SetSessionDoNotPairCommand.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace steward {

DoNotPairDialog::DoNotPairDialog(Workspace& workspace, const SessionCatalog& catalog, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("doNotPairDialog"));
    setWindowTitle(tr("Do Not Pair"));
    auto* intro = new QLabel(tr("People the pairing planner keeps apart in this community. The list stays in the "
                                "app: it is never shown in plans or exported."),
                             this);
    intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("doNotPairList"));
    m_first = new QComboBox(this);
    m_first->setObjectName(QStringLiteral("firstPersonComboBox"));
    m_second = new QComboBox(this);
    m_second->setObjectName(QStringLiteral("secondPersonComboBox"));
    for (const Member& member : catalog.members()) {
        m_first->addItem(member.personName, member.membership.personId);
        m_second->addItem(member.personName, member.membership.personId);
    }
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("addDoNotPairButton"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeDoNotPairButton"));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_errorLabel->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(m_add, &QPushButton::clicked, this, &DoNotPairDialog::addPair);
    connect(m_remove, &QPushButton::clicked, this, &DoNotPairDialog::removeSelected);
    auto* row = new QHBoxLayout;
    row->addWidget(m_first, 1);
    row->addWidget(new QLabel(QStringLiteral("↔"), this));
    row->addWidget(m_second, 1);
    row->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_remove, 0, Qt::AlignRight);
    layout->addLayout(row);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    reload();
}

void DoNotPairDialog::reload()
{
    m_list->clear();
    auto pairs = SessionPairingRepository(m_workspace.database()).doNotPair(m_catalog.communityId());
    if (!pairs)
        return showError(pairs.errorString());
    for (const auto& [first, second] : std::as_const(*pairs)) {
        auto* item =
            new QListWidgetItem(m_catalog.name(first) + QStringLiteral("  ↔  ") + m_catalog.name(second), m_list);
        item->setData(Qt::UserRole, first);
        item->setData(Qt::UserRole + 1, second);
    }
    m_remove->setEnabled(m_list->count() > 0);
}

void DoNotPairDialog::addPair()
{
    const qint64 first = m_first->currentData().toLongLong();
    const qint64 second = m_second->currentData().toLongLong();
    auto pairs = SessionPairingRepository(m_workspace.database()).doNotPair(m_catalog.communityId());
    if (!pairs)
        return showError(pairs.errorString());
    if (pairs->contains(qMakePair(std::min(first, second), std::max(first, second))))
        return showError(tr("%1 and %2 are on the list already.").arg(m_first->currentText(), m_second->currentText()));
    const QString text = tr("Do not pair %1 and %2").arg(m_first->currentText(), m_second->currentText());
    if (Status s = m_workspace.perform(std::make_unique<SetSessionDoNotPairCommand>(
            m_workspace, m_catalog.communityId(), first, second, true, text));
        !s)
        return showError(s.errorString());
    m_errorLabel->hide();
    reload();
}

void DoNotPairDialog::removeSelected()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    const qint64 first = item->data(Qt::UserRole).toLongLong();
    const qint64 second = item->data(Qt::UserRole + 1).toLongLong();
    const QString text = tr("Allow pairing %1 and %2").arg(m_catalog.name(first), m_catalog.name(second));
    if (Status s = m_workspace.perform(std::make_unique<SetSessionDoNotPairCommand>(
            m_workspace, m_catalog.communityId(), first, second, false, text));
        !s)
        return showError(s.errorString());
    m_errorLabel->hide();
    reload();
}

void DoNotPairDialog::showError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

} // namespace steward
