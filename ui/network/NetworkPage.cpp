// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkPage.h"

#include "WorkerStatusBar.h"
#include "dashboard/InteractionChoices.h"
#include "network/ComparisonPanel.h"
#include "network/NetworkExport.h"
#include "network/NetworkFilterBar.h"
#include "network/NetworkLoadTask.h"
#include "network/NetworkMetricsModel.h"
#include "network/NetworkView.h"
#include "network/PersonPanel.h"
#include "network/layout/MoveNodeCommand.h"
#include "network/layout/NetworkViewLoader.h"
#include "storage/InterventionRepository.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStringListModel>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace steward {

namespace {

ComparedWindow comparedWindow(const AnalysedNetwork& analysed, QDate from, QDate to)
{
    return {from, to, analysed.metrics, analysed.findings.brokers};
}

} // namespace

NetworkPage::NetworkPage(QWidget* parent)
    : WorkspacePage(parent)
{
    m_filters = new NetworkFilterBar(this);
    m_view = new NetworkView(this);
    m_view->setObjectName(QStringLiteral("networkView"));
    m_beforeView = new NetworkView(this);
    m_beforeView->setObjectName(QStringLiteral("beforeNetworkView"));
    m_beforeView->hide();
    auto* views = new QSplitter(Qt::Horizontal, this);
    views->addWidget(m_beforeView);
    views->addWidget(m_view);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("networkTabWidget"));
    m_person = new PersonPanel(this);
    m_comparison = new ComparisonPanel(this);
    m_tabs->addTab(m_person, tr("Person"));
    m_tabs->addTab(createHighlights(), tr("Highlights"));
    m_tabs->addTab(m_comparison, tr("Before / after"));
    m_tabs->addTab(createTablePage(), tr("Table"));
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(views);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({900, 360});

    m_statusBar = new WorkerStatusBar(QStringLiteral("network"), this);
    m_loader = new NetworkLoadTask(this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(controlsArea());
    layout->addWidget(split, 1);
    layout->addWidget(m_statusBar);

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(150);
    connect(m_reloadTimer, &QTimer::timeout, this, &NetworkPage::reload);
    connect(m_loader, &NetworkLoadTask::loaded, this, &NetworkPage::loaded);
    connect(m_loader, &NetworkLoadTask::analysed, this, &NetworkPage::analysed);
    connect(m_loader, &NetworkLoadTask::failed, this, &NetworkPage::finishTask);
    connect(m_filters, &NetworkFilterBar::reloadNeeded, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_filters, &NetworkFilterBar::viewChanged, this, &NetworkPage::rebuildPictures);
    connect(m_comparison, &ComparisonPanel::comparisonChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connectViews();
}

NetworkPage::~NetworkPage() = default;

// The filters and view options scroll sideways in a narrow window instead of widening the whole
// main window (every page sets its minimum width).
QWidget* NetworkPage::controlsArea()
{
    auto* controls = new QWidget(this);
    auto* rows = new QVBoxLayout(controls);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->addWidget(m_filters);
    rows->addWidget(createToolbar());
    auto* area = new QScrollArea(this);
    area->setObjectName(QStringLiteral("networkControlsScrollArea"));
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidget(controls);
    area->setFixedHeight(controls->sizeHint().height() + area->horizontalScrollBar()->sizeHint().height() + 2);
    return area;
}

QWidget* NetworkPage::createToolbar()
{
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_sizeBy = new QComboBox(bar);
    m_sizeBy->setObjectName(QStringLiteral("sizeComboBox"));
    m_sizeBy->addItem(tr("Betweenness"), int(NodeSizeMetric::Betweenness));
    m_sizeBy->addItem(tr("Ties"), int(NodeSizeMetric::Degree));
    m_sizeBy->addItem(tr("Strength"), int(NodeSizeMetric::Strength));
    m_sizeBy->addItem(tr("Eigenvector"), int(NodeSizeMetric::Eigenvector));
    m_sizeBy->addItem(tr("Core number"), int(NodeSizeMetric::Coreness));
    m_sizeBy->addItem(tr("Closeness"), int(NodeSizeMetric::Closeness));
    m_colourBy = new QComboBox(bar);
    m_colourBy->setObjectName(QStringLiteral("colourComboBox"));
    m_colourBy->addItem(tr("Team"), int(NodeColouring::Team));
    m_colourBy->addItem(tr("Cluster"), int(NodeColouring::Cluster));
    m_colourBy->addItem(tr("Department"), int(NodeColouring::Department));
    m_colourBy->addItem(tr("Participation level"), int(NodeColouring::Level));
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Find a person…"));
    m_search->setClearButtonEnabled(true);
    m_search->setCompleter(new QCompleter(QStringList(), m_search));
    m_search->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_search->completer()->setFilterMode(Qt::MatchContains);
    m_focus = new QCheckBox(tr("Focus on selected"), bar);
    m_focus->setObjectName(QStringLiteral("focusCheckBox"));
    m_focus->setToolTip(tr("Show the selected person and the people within the given number of steps; dim the rest."));
    m_focusSteps = new QSpinBox(bar);
    m_focusSteps->setObjectName(QStringLiteral("focusStepsSpinBox"));
    m_focusSteps->setRange(1, 6);
    m_focusSteps->setPrefix(tr("Steps: "));
    m_weighted = new QCheckBox(tr("Weighted"), bar);
    m_weighted->setObjectName(QStringLiteral("weightedCheckBox"));
    m_weighted->setToolTip(tr("Path metrics treat heavier ties as shorter (distance = 1 / weight)."));
    auto* fit = new QPushButton(tr("Fit"), bar);
    fit->setObjectName(QStringLiteral("fitPushButton"));
    auto* relayoutButton = new QPushButton(tr("Re-layout"), bar);
    relayoutButton->setObjectName(QStringLiteral("relayoutPushButton"));
    relayoutButton->setToolTip(tr("Lay the network out again; people you dragged stay where you put them."));
    auto* exportButton = new QToolButton(bar);
    exportButton->setObjectName(QStringLiteral("exportToolButton"));
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(exportButton);
    menu->addAction(tr("Picture (PNG)…"), this, [this] { chooseExport(QStringLiteral("png")); });
    menu->addAction(tr("Drawing (SVG)…"), this, [this] { chooseExport(QStringLiteral("svg")); });
    menu->addAction(tr("Metrics table (CSV)…"), this, [this] { chooseExport(QStringLiteral("csv")); });
    exportButton->setMenu(menu);
    row->addWidget(new QLabel(tr("Size by"), bar));
    row->addWidget(m_sizeBy);
    row->addWidget(new QLabel(tr("Colour by"), bar));
    row->addWidget(m_colourBy);
    row->addWidget(m_search, 1);
    row->addWidget(m_focus);
    row->addWidget(m_focusSteps);
    row->addWidget(m_weighted);
    row->addWidget(fit);
    row->addWidget(relayoutButton);
    row->addWidget(exportButton);
    for (QComboBox* box : {m_sizeBy, m_colourBy})
        connect(box, &QComboBox::currentIndexChanged, this, &NetworkPage::rebuildPictures);
    connect(m_focus, &QCheckBox::toggled, this, &NetworkPage::rebuildPictures);
    connect(m_focusSteps, &QSpinBox::valueChanged, this, &NetworkPage::rebuildPictures);
    connect(m_weighted, &QCheckBox::toggled, this, [this] { m_reloadTimer->start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &NetworkPage::searchPerson);
    connect(
        m_search->completer(), qOverload<const QString&>(&QCompleter::activated), this, [this](const QString& text) {
            m_search->setText(text);
            searchPerson();
        });
    connect(fit, &QPushButton::clicked, m_view, &NetworkView::fitToView);
    connect(relayoutButton, &QPushButton::clicked, this, &NetworkPage::relayout);
    return bar;
}

QWidget* NetworkPage::createHighlights()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    const QList<std::pair<Highlight, QString>> highlights{
        {Highlight::Brokers, QStringLiteral("brokersCheckBox")},
        {Highlight::Isolates, QStringLiteral("isolatesCheckBox")},
        {Highlight::SinglePointsOfFailure, QStringLiteral("singlePointsCheckBox")},
        {Highlight::ArticulationPoints, QStringLiteral("articulationCheckBox")}};
    for (const auto& [highlight, name] : highlights) {
        auto* box = new QCheckBox(NetworkPictureBuilder::highlightName(highlight), page);
        box->setObjectName(name);
        box->setProperty("highlight", int(highlight));
        box->setChecked(highlight == Highlight::Brokers || highlight == Highlight::Isolates);
        auto* explanation = new QLabel(NetworkPictureBuilder::explanation(highlight), page);
        explanation->setWordWrap(true);
        explanation->setIndent(20);
        QPalette muted = explanation->palette();
        muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
        explanation->setPalette(muted);
        layout->addWidget(box);
        layout->addWidget(explanation);
        m_highlightBoxes.append(box);
        connect(box, &QCheckBox::toggled, this, &NetworkPage::rebuildPictures);
    }
    layout->addStretch(1);
    return page;
}

QWidget* NetworkPage::createTablePage()
{
    auto* page = new QWidget(this);
    m_model = new NetworkMetricsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("metricsTableView"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(NetworkMetricsModel::Betweenness, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    auto* copy = new QPushButton(tr("Copy"), page);
    copy->setObjectName(QStringLiteral("copyPushButton"));
    auto* csv = new QPushButton(tr("Export CSV…"), page);
    csv->setObjectName(QStringLiteral("csvPushButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(copy);
    buttons->addWidget(csv);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(copy, &QPushButton::clicked, this, &NetworkPage::copyTable);
    connect(csv, &QPushButton::clicked, this, [this] { chooseExport(QStringLiteral("csv")); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &NetworkPage::tableSelected);
    return page;
}

void NetworkPage::connectViews()
{
    for (NetworkView* view : {m_view, m_beforeView}) {
        connect(view, &NetworkView::selectionChanged, this, &NetworkPage::viewSelected);
        connect(view, &NetworkView::nodeMoved, this, &NetworkPage::nodeMoved);
    }
    // The before/after pair pans and zooms together.
    connect(m_view, &NetworkView::viewChanged, m_beforeView, &NetworkView::setViewState);
    connect(m_beforeView, &NetworkView::viewChanged, m_view, &NetworkView::setViewState);
}

void NetworkPage::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_communityId = 0;
    m_data = {};
    m_window.reset();
    m_before.reset();
    m_after.reset();
    m_positions.clear();
    m_loader->cancel();
    rebuildPictures();
    updateTable();
}

void NetworkPage::setCurrentCommunity(qint64 communityId)
{
    if (communityId == m_communityId && !m_data.layoutKey.isEmpty())
        return;
    m_communityId = communityId;
    loadChoices();
    reload();
}

void NetworkPage::loadChoices()
{
    m_departments.clear();
    if (!m_workspace || m_communityId == 0)
        return;
    auto choices = InteractionChoices::of(m_workspace->database(), m_communityId);
    if (choices)
        m_filters->setChoices(choices->channels, choices->first, choices->last);
    auto interventions = InterventionRepository(m_workspace->database()).forCommunity(m_communityId);
    m_comparison->setInterventions(interventions ? *interventions : QList<Intervention>(),
                                   choices ? choices->last.addMonths(-4) : QDate());
    if (auto people = m_workspace->people().all())
        for (const Person& p : std::as_const(*people))
            m_departments.insert(p.id, p.department);
}

bool NetworkPage::isBusy() const
{
    return m_busy || m_reloadTimer->isActive();
}

int NetworkPage::visiblePeople() const
{
    int n = 0;
    for (const PictureNode& node : m_view->picture().nodes)
        n += node.visible ? 1 : 0;
    return n;
}

void NetworkPage::reload()
{
    startLoad(false);
}

void NetworkPage::relayout()
{
    startLoad(true);
}

void NetworkPage::startLoad(bool relayoutNow)
{
    m_reloadTimer->stop();
    if (!m_workspace || m_communityId == 0) {
        m_loader->cancel();
        finishTask(QString());
        return;
    }
    m_request = {};
    m_request.databasePath = m_workspace->path();
    m_request.filter = m_filters->filter(m_communityId);
    m_request.weighted = m_weighted->isChecked();
    m_request.minimumWeight = m_filters->minimumWeight();
    m_request.relayout = relayoutNow;
    if (m_comparison->isComparing()) {
        m_request.compareAt = m_comparison->at();
        m_request.compareDays = m_comparison->days();
    }
    m_busy = true;
    m_statusBar->track(m_loader->start(m_request), tr("Loading the network…"));
}

void NetworkPage::loaded(const NetworkViewData& data)
{
    const bool newLayout = m_data.layoutId != data.layoutId || m_data.layout.positions != data.layout.positions;
    m_data = data;
    m_positions = m_data.layout.byPerson();
    m_window.reset();
    m_before.reset();
    m_after.reset();
    QStringList names;
    for (const NetworkNode& node : m_data.window.nodes())
        names.append(node.name);
    static_cast<QStringListModel*>(m_search->completer()->model())->setStringList(names);
    rebuildPictures();
    if (newLayout)
        m_view->fitToView();
    m_statusBar->setMessage(tr("Analysing…"));
}

void NetworkPage::analysed(const NetworkLoadTask::Analyses& results)
{
    m_window = results.value(0);
    m_before = results.value(1);
    m_after = results.value(2);
    if (m_before && m_after) {
        const QDate at = m_request.compareAt;
        const int days = m_request.compareDays;
        NetworkComparisonResult comparison =
            NetworkComparison::compare(comparedWindow(*m_before, at.addDays(-days), at.addDays(-1)),
                                       comparedWindow(*m_after, at, at.addDays(days - 1)));
        comparison.at = at;
        comparison.windowDays = days;
        m_comparison->showResult(comparison);
    } else {
        m_comparison->clearResult();
    }
    rebuildPictures();
    const GraphMetrics& g = m_window->metrics.graph;
    finishTask(tr("%1 people, %2 ties, density %3; layout %4.")
                   .arg(g.nodes)
                   .arg(g.edges)
                   .arg(QLocale().toString(g.density, 'f', 3))
                   .arg(m_data.layoutFromCache ? tr("from the cache") : tr("computed now")));
}

void NetworkPage::finishTask(const QString& message)
{
    m_busy = false;
    m_statusBar->finish(message);
}

PictureOptions NetworkPage::pictureOptions() const
{
    PictureOptions options;
    options.size = NodeSizeMetric(m_sizeBy->currentData().toInt());
    options.colour = NodeColouring(m_colourBy->currentData().toInt());
    for (const QCheckBox* box : m_highlightBoxes)
        if (box->isChecked())
            options.highlights |= box->property("highlight").toInt();
    options.hideIsolates = m_filters->hideIsolates();
    options.minimumCoreness = m_filters->minimumCoreness();
    options.focusPerson = m_focus->isChecked() ? m_view->selectedPerson() : 0;
    options.focusSteps = m_focusSteps->value();
    options.departments = m_departments;
    return options;
}

void NetworkPage::rebuildPictures()
{
    PictureOptions options = pictureOptions();
    const bool comparing = m_data.before.nodeCount() > 0 || m_data.after.nodeCount() > 0;
    m_beforeView->setVisible(comparing);
    if (!comparing) {
        const NetworkMetrics* metrics = m_window ? &m_window->metrics : nullptr;
        const Findings* findings = m_window ? &m_window->findings : nullptr;
        NetworkPicture picture = NetworkPictureBuilder::build(m_positions, m_data.window, metrics, findings, options);
        m_view->setPicture(std::move(picture));
        updateTable();
        return;
    }
    const QLocale locale;
    const QDate at = m_request.compareAt;
    options.other = &m_data.after;
    options.isAfter = false;
    NetworkPicture before = NetworkPictureBuilder::build(
        m_positions, m_data.before, m_before ? &m_before->metrics : nullptr, nullptr, options);
    before.caption = tr("Before %1").arg(locale.toString(at, QLocale::ShortFormat));
    options.other = &m_data.before;
    options.isAfter = true;
    NetworkPicture after = NetworkPictureBuilder::build(
        m_positions, m_data.after, m_after ? &m_after->metrics : nullptr, nullptr, options);
    after.caption = tr("From %1 on").arg(locale.toString(at, QLocale::ShortFormat));
    m_beforeView->setPicture(std::move(before));
    m_view->setPicture(std::move(after));
    m_beforeView->setViewState(m_view->viewState().scale, m_view->viewState().offset);
    updateTable();
}

void NetworkPage::updateTable()
{
    const std::optional<AnalysedNetwork>& shown = m_after ? m_after : m_window;
    QList<PersonMetrics> people;
    if (shown) {
        const NetworkPicture& picture = m_view->picture();
        for (const PersonMetrics& p : shown->metrics.people) {
            const int index = picture.indexOf(p.personId);
            if (index >= 0 && picture.nodes.at(index).visible)
                people.append(p);
        }
    }
    const qint64 selected = m_view->selectedPerson();
    m_syncing = true;
    m_model->setPeople(people);
    m_table->resizeColumnsToContents();
    m_syncing = false;
    if (selected)
        viewSelected(selected);
}

void NetworkPage::viewSelected(qint64 personId)
{
    if (m_syncing)
        return;
    m_syncing = true;
    if (sender() == m_beforeView)
        m_view->setSelectedPerson(personId);
    else if (m_beforeView->isVisible())
        m_beforeView->setSelectedPerson(personId);
    const int row = m_model->rowOf(personId);
    if (row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
        m_table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->scrollTo(index);
    } else {
        m_table->clearSelection();
    }
    m_syncing = false;
    showPerson(personId);
    if (m_focus->isChecked())
        rebuildPictures();
}

void NetworkPage::tableSelected()
{
    if (m_syncing)
        return;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    m_view->setSelectedPerson(current.data(NetworkMetricsModel::PersonIdRole).toLongLong());
}

void NetworkPage::showPerson(qint64 personId)
{
    const bool comparing = m_after.has_value();
    const Network& network = comparing ? m_data.after : m_data.window;
    const std::optional<AnalysedNetwork>& analysed = comparing ? m_after : m_window;
    const int index = network.indexOf(personId);
    if (personId == 0 || index < 0 || !m_workspace) {
        m_person->clear();
        return;
    }
    QList<LevelChange> history;
    if (auto membership = m_workspace->memberships().find(personId, m_communityId);
        membership && membership->has_value())
        if (auto changes = m_workspace->memberships().history((*membership)->id))
            history = *changes;
    const PersonMetrics* metrics =
        analysed && index < analysed->metrics.people.size() ? &analysed->metrics.people.at(index) : nullptr;
    m_person->showPerson(network, index, metrics, m_departments.value(personId), history);
}

void NetworkPage::searchPerson()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    const NetworkPicture& picture = m_view->picture();
    for (const PictureNode& node : picture.nodes) {
        if (node.visible && node.label.compare(text, Qt::CaseInsensitive) == 0) {
            m_view->centreOn(node.personId);
            return;
        }
    }
    for (const PictureNode& node : picture.nodes) {
        if (node.visible && node.label.contains(text, Qt::CaseInsensitive)) {
            m_view->centreOn(node.personId);
            return;
        }
    }
    m_statusBar->setMessage(tr("Nobody called “%1” is shown.").arg(text));
}

void NetworkPage::nodeMoved(qint64 personId, QPointF position)
{
    if (!m_workspace || m_data.layoutId == 0)
        return;
    const NodePosition before = m_positions.value(personId, NodePosition{personId, 0, 0, false});
    const NodePosition after{personId, position.x(), position.y(), true};
    QPointer<NetworkPage> page(this);
    auto command =
        std::make_unique<MoveNodeCommand>(*m_workspace, m_data.layoutId, before, after, [page](const NodePosition& p) {
            if (page)
                page->positionChanged(p);
        });
    if (Status s = m_workspace->perform(std::move(command)); !s)
        m_statusBar->setMessage(s.errorString());
}

void NetworkPage::positionChanged(const NodePosition& position)
{
    m_positions.insert(position.personId, position);
    rebuildPictures();
}

QSize NetworkPage::exportSize() const
{
    QList<const NetworkView*> views;
    if (m_beforeView->isVisible())
        views << m_beforeView;
    views << m_view;
    return NetworkExport::size(views);
}

Status NetworkPage::exportPng(const QString& path) const
{
    QList<const NetworkView*> views;
    if (m_beforeView->isVisible())
        views << m_beforeView;
    views << m_view;
    return NetworkExport::png(views, path, devicePixelRatioF());
}

Status NetworkPage::exportSvg(const QString& path) const
{
    QList<const NetworkView*> views;
    if (m_beforeView->isVisible())
        views << m_beforeView;
    views << m_view;
    return NetworkExport::svg(views, path, tr("Network"));
}

Status NetworkPage::exportCsv(const QString& path) const
{
    QList<int> rows;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows.append(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
    return NetworkExport::text(m_model->toText(rows, QLatin1Char(',')), path);
}

void NetworkPage::copyTable() const
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    if (rows.isEmpty())
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            rows.append(m_proxy->mapToSource(m_proxy->index(r, 0)).row());
    QApplication::clipboard()->setText(m_model->toText(rows, QLatin1Char('\t')));
}

void NetworkPage::chooseExport(const QString& kind)
{
    const QString filter = kind == QLatin1String("png")   ? tr("PNG pictures (*.png)")
                           : kind == QLatin1String("svg") ? tr("SVG drawings (*.svg)")
                                                          : tr("CSV files (*.csv)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export"), QStringLiteral("network.") + kind, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + kind, Qt::CaseInsensitive))
        path += QLatin1Char('.') + kind;
    const Status s = kind == QLatin1String("png")   ? exportPng(path)
                     : kind == QLatin1String("svg") ? exportSvg(path)
                                                    : exportCsv(path);
    m_statusBar->setMessage(s ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : s.errorString());
}

} // namespace steward
