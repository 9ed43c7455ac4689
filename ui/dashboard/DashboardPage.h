// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkspacePage.h"

#include <QPointer>

#include <memory>

class QChart;
class QChartView;
class QGridLayout;
class QTabWidget;

namespace steward {

class WorkerProgress;
class WorkerStatusBar;
class Workspace;
struct NetworkTrends;

/**
 * A community's year at a glance, in Qt Charts: members by level, moves between levels, sessions by
 * format, attendance, micro-teach coverage, artefacts and recognition; and the network by month,
 * its degree distribution, before/after the latest intervention and position against an outcome.
 * The network figures are computed on the igraph thread.
 */
class DashboardPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget* parent = nullptr);
    ~DashboardPage() override;

    void setWorkspace(Workspace* workspace) override;
    void setCurrentCommunity(qint64 communityId) override;

    /** Every chart shown, by its view's object name (e.g. "membersByLevelChartView"). */
    QList<QChartView*> chartViews() const;
    bool isBusy() const { return m_busy; }

public slots:
    void reload();

protected:
    void changeEvent(QEvent* event) override;

private:
    void loadCommunity();
    void loadNetwork();
    void networkLoaded(int generation, const std::shared_ptr<NetworkTrends>& trends, const QString& error);
    void place(QGridLayout* grid, int index, QChart* chart, const QString& name, const QString& emptyText = {});
    void clearGrid(QGridLayout* grid);
    void applyTheme(QChart* chart) const;

    QPointer<Workspace> m_workspace;
    qint64 m_communityId = 0;
    QTabWidget* m_tabs = nullptr;
    QGridLayout* m_communityGrid = nullptr;
    QGridLayout* m_networkGrid = nullptr;
    WorkerStatusBar* m_status = nullptr;
    int m_generation = 0;
    bool m_busy = false;
    std::shared_ptr<WorkerProgress> m_task;
};

} // namespace steward
