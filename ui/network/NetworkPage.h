// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorkspacePage.h"
#include "common/Result.h"
#include "network/NetworkLoadTask.h"
#include "network/NetworkPictureBuilder.h"
#include "network/layout/NetworkViewRequest.h"

#include <QPointer>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QSpinBox;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;

namespace steward {

class ComparisonPanel;
class NetworkFilterBar;
class NetworkMetricsModel;
class NetworkView;
class PersonPanel;
class WorkerStatusBar;
class Workspace;

/**
 * Who talks to whom in the current community: the interactive network with its filters, highlights
 * from the findings, the selected person, a metrics table in step with the view, before/after on the
 * same positions, and PNG/SVG/CSV export. Loading, layout and analysis run on the igraph thread.
 */
class NetworkPage : public WorkspacePage
{
    Q_OBJECT

public:
    explicit NetworkPage(QWidget* parent = nullptr);
    ~NetworkPage() override;

    void setWorkspace(Workspace* workspace) override;
    void setCurrentCommunity(qint64 communityId) override;

    NetworkView* view() const { return m_view; }
    NetworkView* beforeView() const { return m_beforeView; }
    NetworkMetricsModel* metricsModel() const { return m_model; }
    QTableView* table() const { return m_table; }
    /** True while loading, laying out or analysing. */
    bool isBusy() const;
    /** People drawn (not filtered out) in the main view. */
    int visiblePeople() const;

    /** The views as on screen (both when comparing), to a PNG, an SVG or the table to CSV. */
    Status exportPng(const QString& path) const;
    Status exportSvg(const QString& path) const;
    Status exportCsv(const QString& path) const;
    /** The size of what exportPng and exportSvg draw, in device-independent pixels. */
    QSize exportSize() const;

public slots:
    void reload();
    void relayout();
    void copyTable() const;

private slots:
    void rebuildPictures();
    void searchPerson();
    void viewSelected(qint64 personId);
    void tableSelected();
    void nodeMoved(qint64 personId, QPointF position);

private:
    QWidget* controlsArea();
    QWidget* createToolbar();
    QWidget* createHighlights();
    QWidget* createTablePage();
    void connectViews();
    void loadChoices();
    void startLoad(bool relayoutNow);
    void loaded(const NetworkViewData& data);
    void analysed(const NetworkLoadTask::Analyses& results);
    void finishTask(const QString& message);
    PictureOptions pictureOptions() const;
    void updateTable();
    void showPerson(qint64 personId);
    void positionChanged(const NodePosition& position);
    void chooseExport(const QString& kind);

    QPointer<Workspace> m_workspace;
    qint64 m_communityId = 0;
    NetworkFilterBar* m_filters = nullptr;
    QComboBox* m_sizeBy = nullptr;
    QComboBox* m_colourBy = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_focus = nullptr;
    QSpinBox* m_focusSteps = nullptr;
    QCheckBox* m_weighted = nullptr;
    QList<QCheckBox*> m_highlightBoxes;
    NetworkView* m_view = nullptr;
    NetworkView* m_beforeView = nullptr;
    QTabWidget* m_tabs = nullptr;
    PersonPanel* m_person = nullptr;
    ComparisonPanel* m_comparison = nullptr;
    NetworkMetricsModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QTimer* m_reloadTimer = nullptr;
    WorkerStatusBar* m_statusBar = nullptr;
    NetworkLoadTask* m_loader = nullptr;

    bool m_busy = false;
    bool m_syncing = false;
    NetworkViewRequest m_request;
    NetworkViewData m_data;
    QHash<qint64, NodePosition> m_positions;
    std::optional<AnalysedNetwork> m_window;
    std::optional<AnalysedNetwork> m_before;
    std::optional<AnalysedNetwork> m_after;
    QHash<qint64, QString> m_departments;
};

} // namespace steward
