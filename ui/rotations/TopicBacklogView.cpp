// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopicBacklogView.h"

#include "storage/TopicRepository.h"
#include "workspace/SaveRotationTopicCommand.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace steward {

TopicBacklogView::TopicBacklogView(QWidget* parent)
    : QWidget(parent)
{
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("topicTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Topic"), tr("Suggested by"), tr("Proposed presenter"), tr("Status"), tr("Artefact")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_add = new QPushButton(tr("Add &Topic…"), this);
    m_status = new QPushButton(tr("Topic S&tatus"), this);
    auto* menu = new QMenu(m_status);
    for (Topic::Status status :
         {Topic::Status::Backlog, Topic::Status::Planned, Topic::Status::Done, Topic::Status::Dropped})
        menu->addAction(Topic::statusLabel(status), this, [this, status] { setSelectedStatus(status); });
    m_status->setMenu(menu);
    m_remove = new QPushButton(tr("Remove Topic"), this);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_add, m_status, m_remove})
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &TopicBacklogView::addTopic);
    connect(m_remove, &QPushButton::clicked, this, &TopicBacklogView::removeTopic);
}

void TopicBacklogView::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (workspace)
        connect(workspace, &Workspace::rotationsChanged, this, &TopicBacklogView::reload);
    reload();
}

void TopicBacklogView::setCommunity(qint64 communityId)
{
    m_communityId = communityId;
    reload();
}

void TopicBacklogView::reload()
{
    m_topics.clear();
    if (m_workspace && m_communityId > 0) {
        auto topics = TopicRepository(m_workspace->database()).forCommunity(m_communityId);
        if (topics)
            m_topics = *topics;
        else
            m_workspace->reportError(topics.errorString());
    }
    m_table->setRowCount(int(m_topics.size()));
    for (int row = 0; row < m_topics.size(); ++row) {
        const Topic& t = m_topics.at(row);
        const QStringList cells = {
            t.title, t.suggestedByName, t.proposedPresenterName, Topic::statusLabel(t.status), t.artefact};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    m_add->setEnabled(m_workspace && m_communityId > 0);
    m_status->setEnabled(!m_topics.isEmpty());
    m_remove->setEnabled(!m_topics.isEmpty());
}

int TopicBacklogView::selectedRow() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_topics.size() ? row : -1;
}

void TopicBacklogView::addTopic()
{
    if (!m_workspace || m_communityId <= 0)
        return;
    auto members = m_workspace->memberships().membersOf(m_communityId);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Topic"));
    auto* title = new QLineEdit(&dialog);
    auto* suggestedBy = new QComboBox(&dialog);
    auto* presenter = new QComboBox(&dialog);
    suggestedBy->addItem(tr("(nobody)"), 0);
    presenter->addItem(tr("(open)"), 0);
    for (const Member& member : members ? *members : QList<Member>{}) {
        suggestedBy->addItem(member.personName, member.membership.personId);
        presenter->addItem(member.personName, member.membership.personId);
    }
    auto* artefact = new QLineEdit(&dialog);
    artefact->setPlaceholderText(tr("Link to slides, a recording or notes"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Topic"), title);
    form->addRow(tr("Suggested by"), suggestedBy);
    form->addRow(tr("Proposed presenter"), presenter);
    form->addRow(tr("Artefact"), artefact);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Topic topic;
    topic.communityId = m_communityId;
    topic.title = title->text();
    topic.suggestedBy = suggestedBy->currentData().toLongLong();
    topic.proposedPresenter = presenter->currentData().toLongLong();
    topic.artefact = artefact->text();
    topic.created = m_workspace->clock().today();
    if (Status s = m_workspace->perform(std::make_unique<SaveRotationTopicCommand>(*m_workspace, std::nullopt, topic));
        !s)
        m_workspace->reportError(s.errorString());
}

void TopicBacklogView::setSelectedStatus(Topic::Status status)
{
    const int row = selectedRow();
    if (!m_workspace || row < 0)
        return;
    Topic changed = m_topics.at(row);
    changed.status = status;
    if (Status s =
            m_workspace->perform(std::make_unique<SaveRotationTopicCommand>(*m_workspace, m_topics.at(row), changed));
        !s)
        m_workspace->reportError(s.errorString());
}

void TopicBacklogView::removeTopic()
{
    const int row = selectedRow();
    if (!m_workspace || row < 0)
        return;
    if (Status s = m_workspace->perform(
            std::make_unique<SaveRotationTopicCommand>(*m_workspace, m_topics.at(row), std::nullopt));
        !s)
        m_workspace->reportError(s.errorString());
}

} // namespace steward
