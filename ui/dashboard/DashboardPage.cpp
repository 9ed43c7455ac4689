// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardPage.h"

#include "WorkerProgress.h"
#include "WorkerStatusBar.h"
#include "dashboard/DashboardCharts.h"
#include "network/IgraphPool.h"
#include "workspace/Workspace.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace steward {

namespace {

struct NetworkOutcome
{
    std::shared_ptr<NetworkTrends> trends;
    QString error;
};

QWidget* scrollingGrid(QGridLayout*& grid, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    auto* inner = new QWidget(area);
    grid = new QGridLayout(inner);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    area->setWidget(inner);
    return area;
}

} // namespace

DashboardPage::DashboardPage(QWidget* parent)
    : WorkspacePage(parent)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dashboardTabWidget"));
    m_tabs->addTab(scrollingGrid(m_communityGrid, this), tr("Community"));
    m_tabs->addTab(scrollingGrid(m_networkGrid, this), tr("Network"));
    m_status = new WorkerStatusBar(QStringLiteral("dashboard"), this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
}

DashboardPage::~DashboardPage()
{
    if (m_task)
        m_task->cancel();
}

void DashboardPage::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_communityId = 0;
    ++m_generation;
    if (m_task)
        m_task->cancel();
    m_busy = false;
    m_status->finish(QString());
    clearGrid(m_communityGrid);
    clearGrid(m_networkGrid);
}

void DashboardPage::setCurrentCommunity(qint64 communityId)
{
    if (communityId == m_communityId)
        return;
    m_communityId = communityId;
    reload();
}

void DashboardPage::reload()
{
    clearGrid(m_communityGrid);
    clearGrid(m_networkGrid);
    if (!m_workspace || m_communityId == 0) {
        m_status->finish(tr("Choose a community to see its dashboard."));
        return;
    }
    loadCommunity();
    loadNetwork();
}

QList<QChartView*> DashboardPage::chartViews() const
{
    return findChildren<QChartView*>();
}

void DashboardPage::clearGrid(QGridLayout* grid)
{
    while (QLayoutItem* item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void DashboardPage::applyTheme(QChart* chart) const
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette().brush(QPalette::Base));
    chart->setTitleBrush(palette().brush(QPalette::WindowText));
    chart->legend()->setLabelColor(palette().color(QPalette::WindowText));
    QFont title = chart->titleFont();
    title.setBold(true);
    chart->setTitleFont(title);
}

void DashboardPage::changeEvent(QEvent* event)
{
    WorkspacePage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        for (QChartView* view : chartViews())
            applyTheme(view->chart());
}

// A chart in its cell, or (no chart) a plain line saying there is nothing to show yet.
void DashboardPage::place(QGridLayout* grid, int index, QChart* chart, const QString& name, const QString& emptyText)
{
    QWidget* cell = nullptr;
    if (chart) {
        applyTheme(chart);
        auto* view = new QChartView(chart);
        view->setObjectName(name + QStringLiteral("ChartView"));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(300);
        cell = view;
    } else {
        auto* label = new QLabel(emptyText);
        label->setObjectName(name + QStringLiteral("EmptyLabel"));
        label->setAlignment(Qt::AlignCenter);
        label->setMinimumHeight(60);
        cell = label;
    }
    grid->addWidget(cell, index / 2, index % 2);
}

void DashboardPage::loadCommunity()
{
    auto trends = CommunityTrendQuery::load(m_workspace->database(), m_communityId, m_workspace->clock().today());
    if (!trends) {
        m_status->setMessage(trends.errorString());
        return;
    }
    place(m_communityGrid, 0, DashboardCharts::membersByLevel(*trends), QStringLiteral("membersByLevel"));
    place(m_communityGrid, 1, DashboardCharts::levelMoves(*trends), QStringLiteral("levelMoves"));
    place(m_communityGrid, 2, DashboardCharts::sessionsByFormat(*trends), QStringLiteral("sessionsByFormat"));
    place(m_communityGrid, 3, DashboardCharts::attendanceRate(*trends), QStringLiteral("attendanceRate"));
    place(m_communityGrid, 4, DashboardCharts::microTeachCoverage(*trends), QStringLiteral("microTeach"));
    place(m_communityGrid,
          5,
          DashboardCharts::output(*trends),
          QStringLiteral("output"),
          tr("Artefacts and recognition: no data yet."));
}

void DashboardPage::loadNetwork()
{
    if (m_task)
        m_task->cancel();
    const int generation = ++m_generation;
    auto task = std::make_shared<WorkerProgress>();
    m_task = task;
    m_busy = true;
    m_status->track(task, tr("Analysing the network by month…"));
    const QString path = m_workspace->path();
    const qint64 community = m_communityId;
    const QDate today = m_workspace->clock().today();
    auto* watcher = new QFutureWatcher<NetworkOutcome>(this);
    connect(watcher, &QFutureWatcher<NetworkOutcome>::finished, this, [this, watcher, generation] {
        const NetworkOutcome outcome = watcher->result();
        watcher->deleteLater();
        networkLoaded(generation, outcome.trends, outcome.error);
    });
    watcher->setFuture(QtConcurrent::run(igraphPool(), [path, community, today, task] {
        auto trends = NetworkTrendQuery::compute(path, community, today, 12, *task);
        if (!trends)
            return NetworkOutcome{nullptr, trends.errorString()};
        return NetworkOutcome{std::make_shared<NetworkTrends>(*trends), QString()};
    }));
}

void DashboardPage::networkLoaded(int generation, const std::shared_ptr<NetworkTrends>& trends, const QString& error)
{
    if (generation != m_generation)
        return;
    m_busy = false;
    m_status->finish(trends ? QString() : m_task && m_task->isCanceled() ? tr("Canceled.") : error);
    if (!trends)
        return;
    place(m_networkGrid, 0, DashboardCharts::networkByMonth(*trends), QStringLiteral("networkByMonth"));
    place(m_networkGrid, 1, DashboardCharts::degreeDistribution(*trends), QStringLiteral("degreeDistribution"));
    place(m_networkGrid, 2, DashboardCharts::beforeAfter(*trends), QStringLiteral("beforeAfter"));
    if (trends->scatter.isEmpty())
        place(m_networkGrid, 3, nullptr, QStringLiteral("outcomeScatter"), tr("Outcomes: no data yet."));
    else
        place(m_networkGrid, 3, DashboardCharts::outcomeScatter(*trends), QStringLiteral("outcomeScatter"));
}

} // namespace steward
