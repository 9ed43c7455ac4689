// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchedulesPage.h"

#include "CoverageView.h"
#include "RotationEditor.h"
#include "RotationTableModel.h"
#include "TopicBacklogView.h"
#include "storage/RotationCoverage.h"
#include "workspace/Workspace.h"

#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace steward {

SchedulesPage::SchedulesPage(QWidget* parent)
    : WorkspacePage(parent)
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("schedulesHeading"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createMicroTeachTab(), tr("Micro-teach"));
    m_onCall = new RotationEditor(RotationKind::OnCall, m_tabs);
    m_tabs->addTab(m_onCall, tr("On call"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);
}

QWidget* SchedulesPage::createMicroTeachTab()
{
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_microTeach = new RotationEditor(RotationKind::MicroTeach, splitter);
    auto* lower = new QTabWidget(splitter);
    m_topics = new TopicBacklogView(lower);
    m_coverage = new CoverageView(lower);
    lower->addTab(m_coverage, tr("Coverage"));
    lower->addTab(m_topics, tr("Topic backlog"));
    splitter->addWidget(m_microTeach);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    return splitter;
}

void SchedulesPage::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_communityId = 0;
    m_microTeach->setWorkspace(workspace);
    m_onCall->setWorkspace(workspace);
    m_topics->setWorkspace(workspace);
    if (workspace)
        connect(workspace, &Workspace::rotationsChanged, this, &SchedulesPage::reload);
    reload();
}

void SchedulesPage::setCurrentCommunity(qint64 communityId)
{
    if (communityId == m_communityId)
        return;
    m_communityId = communityId;
    QString name;
    if (m_workspace && communityId > 0) {
        auto community = m_workspace->communities().find(communityId);
        if (community && community->has_value())
            name = (*community)->name;
    }
    m_heading->setText(name.isEmpty() ? tr("Choose a community in the toolbar to see its schedules.")
                                      : tr("Schedules of %1").arg(name));
    m_microTeach->setOwner(communityId, name);
    m_onCall->setOwner(communityId, name);
    m_topics->setCommunity(communityId);
    reload();
}

void SchedulesPage::reload()
{
    const QDate today = m_workspace ? m_workspace->clock().today() : QDate::currentDate();
    m_coverage->setCoverage(
        RotationCoverage::of(m_microTeach->model()->record(), m_microTeach->model()->plan(), today));
}

} // namespace steward
