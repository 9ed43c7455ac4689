// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AppSettings.h"
#include "CommunityListModel.h"
#include "WelcomePage.h"
#include "WorkspacePage.h"
#include "archive/ArchiveActions.h"
#include "communities/CommunitiesPage.h"
#include "dashboard/DashboardPage.h"
#include "demo/SampleCommunity.h"
#include "imports/ImportDropHandler.h"
#include "imports/ImportWizard.h"
#include "imports/ImportsPage.h"
#include "network/NetworkPage.h"
#include "people/PeoplePage.h"
#include "repertoire/PathwayPage.h"
#include "repertoire/RepertoirePage.h"
#include "reports/ReportsPage.h"
#include "rotations/MastermindsPage.h"
#include "rotations/SchedulesPage.h"
#include "sessions/SessionsPage.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>

namespace steward {

namespace {

const QString kFileSuffix = QStringLiteral("steward");
constexpr int kStatusMessageMs = 5000;

QString fileFilter()
{
    return MainWindow::tr("Steward workspaces (*.steward);;All files (*)");
}

// An '&' in a file name would otherwise become a menu mnemonic.
QString escapedForMenu(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

bool removeDatabaseFiles(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix) && !QFile::remove(path + suffix))
            return false;
    }
    return true;
}

} // namespace

MainWindow::MainWindow(const Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_clock(clock)
    , m_settings(new AppSettings(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_communityModel(new CommunityListModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_archiveActions = new ArchiveActions(this, *m_settings, m_clock);
    connect(
        m_archiveActions, &ArchiveActions::openRequested, this, [this](const QString& path) { openWorkspace(path); });
    connect(m_archiveActions, &ArchiveActions::message, this, [this](const QString& text) {
        statusBar()->showMessage(text, kStatusMessageMs);
    });
    createActions();
    createMenus();
    createToolBar();
    createCentralWidget();
    statusBar()->setObjectName(QStringLiteral("statusBar")); // shows the actions' status tips

    addPage(new PeoplePage(this), QIcon(QStringLiteral(":/icons/people.svg")), tr("People"));
    addPage(new CommunitiesPage(this), QIcon(QStringLiteral(":/icons/communities.svg")), tr("Communities"));
    addPage(new MastermindsPage(this), QIcon(QStringLiteral(":/icons/masterminds.svg")), tr("Masterminds"));
    addPage(new SchedulesPage(this), QIcon(QStringLiteral(":/icons/schedules.svg")), tr("Schedules"));
    addPage(new SessionsPage(this), QIcon(QStringLiteral(":/icons/sessions.svg")), tr("Sessions"));
    addPage(new NetworkPage(this), QIcon(QStringLiteral(":/icons/network.svg")), tr("Network"));
    addPage(new RepertoirePage(this), QIcon(QStringLiteral(":/icons/repertoire.svg")), tr("Repertoire"));
    addPage(new PathwayPage(this), QIcon(QStringLiteral(":/icons/pathway.svg")), tr("Pathway"));
    addPage(new DashboardPage(this), QIcon(QStringLiteral(":/icons/dashboard.svg")), tr("Dashboard"));
    addPage(new ReportsPage(this), QIcon(QStringLiteral(":/icons/reports.svg")), tr("Reports"));
    addPage(new ImportsPage(this), QIcon(QStringLiteral(":/icons/imports.svg")), tr("Imports"));
    new ImportDropHandler(this); // files dropped on the window: import them, or open a workspace

    m_navigation->setCurrentRow(
        std::clamp(m_settings->get(AppSettings::Key::CurrentPage).toInt(), 0, int(m_pageList.size()) - 1));
    if (!restoreGeometry(m_settings->get(AppSettings::Key::MainWindowGeometry).toByteArray()))
        resize(1180, 760);
    restoreState(m_settings->get(AppSettings::Key::MainWindowState).toByteArray());
    updateRecentFiles();
    updateWindowState();
}

MainWindow::~MainWindow()
{
    // Pages hold pointers into the workspace: let them go first.
    for (WorkspacePage* page : std::as_const(m_pageList))
        page->setWorkspace(nullptr);
    m_communityModel->setWorkspace(nullptr);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(tr("&New…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Create a new, empty workspace file"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newWorkspaceDialog);

    m_openAction = new QAction(tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a workspace file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);

    m_openSampleAction = new QAction(tr("Open &Sample"), this);
    m_openSampleAction->setStatusTip(tr("Create a fresh sample community and open it"));
    connect(m_openSampleAction, &QAction::triggered, this, [this] { openSample(); });

    m_closeAction = new QAction(tr("&Close"), this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeWorkspace);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    // One undo stack per workspace; the group follows whichever workspace is open.
    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_aboutAction = new QAction(tr("&About Steward"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentFilesMenu"));
    file->addAction(m_openSampleAction);
    file->addSeparator();
    m_archiveActions->addTo(file);
    QAction* importAction = file->addAction(
        tr("&Import…"), this, [this] { ImportWizard::run(m_workspace.get(), m_currentCommunityId, this); });
    importAction->setObjectName(QStringLiteral("importAction"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setStatusTip(tr("Import activity from a Slack, Discord, Teams, GitHub or survey file"));
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar* toolBar = addToolBar(tr("Community"));
    m_toolBar = toolBar;
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    auto* label = new QLabel(tr("Co&mmunity:"), toolBar);
    label->setContentsMargins(6, 0, 6, 0);
    m_communityCombo = new QComboBox(toolBar);
    m_communityCombo->setObjectName(QStringLiteral("communityComboBox"));
    m_communityCombo->setModel(m_communityModel);
    m_communityCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_communityCombo->setMinimumContentsLength(24);
    m_communityCombo->setPlaceholderText(tr("No communities"));
    label->setBuddy(m_communityCombo);
    toolBar->addWidget(label);
    toolBar->addWidget(m_communityCombo);

    connect(m_communityCombo, &QComboBox::currentIndexChanged, this, [this](int row) {
        if (m_switchingWorkspace || row < 0)
            return;
        setCurrentCommunity(m_communityModel->communityAt(row).id);
    });
    // After a reload the selector keeps (or, if it is gone, replaces) the current community.
    connect(m_communityModel, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_communityCombo->blockSignals(true);
    });
    connect(m_communityModel, &QAbstractItemModel::modelReset, this, [this] {
        m_communityCombo->blockSignals(false);
        m_communityCombo->setEnabled(m_workspace && m_communityModel->rowCount() > 0);
        if (m_switchingWorkspace)
            return;
        const qint64 wanted = m_communityModel->rowOfId(m_currentCommunityId) >= 0 || m_communityModel->rowCount() == 0
                                  ? m_currentCommunityId
                                  : m_communityModel->communityAt(0).id;
        m_currentCommunityId = -1; // force setCurrentCommunity to refresh the selector
        setCurrentCommunity(wanted);
    });
}

void MainWindow::createCentralWidget()
{
    m_welcomePage = new WelcomePage(this);
    connect(m_welcomePage, &WelcomePage::newRequested, this, &MainWindow::newWorkspaceDialog);
    connect(m_welcomePage, &WelcomePage::openRequested, this, &MainWindow::openWorkspaceDialog);
    connect(m_welcomePage, &WelcomePage::sampleRequested, this, [this] { openSample(); });
    connect(
        m_welcomePage, &WelcomePage::recentFileRequested, this, [this](const QString& path) { openWorkspace(path); });

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setFixedWidth(170);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigationListWidget { background: palette(window); }"
                                               "QListWidget#navigationListWidget::item { padding: 6px 4px; }"));
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pageStackedWidget"));
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_workspaceView = new QWidget(this);
    auto* layout = new QHBoxLayout(m_workspaceView);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* separator = new QFrame(m_workspaceView);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(m_navigation);
    layout->addWidget(separator);
    layout->addWidget(m_pages, 1);

    m_central = new QStackedWidget(this);
    m_central->addWidget(m_welcomePage);
    m_central->addWidget(m_workspaceView);
    setCentralWidget(m_central);
}

void MainWindow::addPage(WorkspacePage* page, const QIcon& icon, const QString& title)
{
    new QListWidgetItem(icon, title, m_navigation);
    m_pages->addWidget(page);
    m_pageList.append(page);
    connect(page, &WorkspacePage::communityRequested, this, [this](qint64 id) {
        if (!m_switchingWorkspace)
            setCurrentCommunity(id);
    });
}

bool MainWindow::openWorkspace(const QString& path, bool remember)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (m_workspace && m_workspace->path() == absolute)
        return true;
    auto opened = Workspace::open(absolute, Database::OpenMode::ExistingOnly, m_clock);
    if (!opened) {
        showError(tr("Open Workspace"), opened.errorString());
        if (!QFileInfo::exists(absolute)) {
            m_settings->removeRecentFile(absolute);
            updateRecentFiles();
        }
        return false;
    }
    setWorkspace(std::move(*opened));
    if (remember)
        rememberFile(absolute);
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(absolute)), kStatusMessageMs);
    return true;
}

bool MainWindow::createWorkspace(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolute)) {
        showError(tr("New Workspace"),
                  tr("'%1' already exists. Choose another name, or open it with File > Open.").arg(absolute));
        return false;
    }
    auto created = Workspace::open(absolute, Database::OpenMode::CreateIfMissing, m_clock);
    if (!created) {
        showError(tr("New Workspace"), created.errorString());
        return false;
    }
    setWorkspace(std::move(*created));
    rememberFile(absolute);
    return true;
}

bool MainWindow::openSample(const QString& path, bool remember)
{
    const QString target = QFileInfo(path.isEmpty() ? defaultSamplePath() : path).absoluteFilePath();
    if (!QDir().mkpath(QFileInfo(target).absolutePath())) {
        showError(tr("Open Sample"), tr("Cannot create the folder for '%1'.").arg(target));
        return false;
    }
    // The sample is rebuilt from scratch each time; its file must not be open while it is replaced.
    if (m_workspace && m_workspace->path() == target)
        closeWorkspace();
    if (!removeDatabaseFiles(target)) {
        showError(tr("Open Sample"), tr("Cannot replace the old sample '%1'.").arg(target));
        return false;
    }
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto database = Database::open(target, Database::OpenMode::CreateIfMissing);
        Result<SampleSummary> summary =
            database ? SampleCommunity::create(**database, SampleCommunity::kDefaultSeed, m_clock)
                     : Result<SampleSummary>::failure(database.errorString());
        QApplication::restoreOverrideCursor();
        if (!summary) {
            showError(tr("Open Sample"), summary.errorString());
            return false;
        }
    }
    return openWorkspace(target, remember);
}

bool MainWindow::reopenLastFile()
{
    const QString last = m_settings->get(AppSettings::Key::LastFile).toString();
    if (last.isEmpty() || !QFileInfo::exists(last))
        return false;
    return openWorkspace(last);
}

void MainWindow::closeWorkspace()
{
    setWorkspace(nullptr);
}

QString MainWindow::defaultSamplePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("sample.") + kFileSuffix);
}

void MainWindow::newWorkspaceDialog()
{
    QString path = QFileDialog::getSaveFileName(this,
                                                tr("New Workspace"),
                                                QDir::home().filePath(tr("workspace") + QLatin1Char('.') + kFileSuffix),
                                                fileFilter(),
                                                nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + kFileSuffix;
    createWorkspace(path);
}

void MainWindow::openWorkspaceDialog()
{
    const QString start = m_workspace ? QFileInfo(m_workspace->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), start, fileFilter());
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::showAbout()
{
    QMessageBox box(QMessageBox::Information,
                    tr("About Steward"),
                    tr("Steward %1").arg(QStringLiteral(STEWARD_VERSION)),
                    QMessageBox::Ok,
                    this);
    box.setObjectName(QStringLiteral("aboutMessageBox"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Tools for stewards of communities of practice: people, communities and how "
                              "participation grows from the edge to the core."));
    box.setIconPixmap(QIcon(QStringLiteral(":/icons/communities.svg")).pixmap(64, 64));
    box.exec();
}

void MainWindow::setCurrentCommunity(qint64 communityId)
{
    const int row = m_communityModel->rowOfId(communityId);
    if (row < 0)
        communityId = 0;
    {
        const QSignalBlocker blocker(m_communityCombo);
        m_communityCombo->setCurrentIndex(row);
    }
    if (communityId == m_currentCommunityId)
        return;
    m_currentCommunityId = communityId;
    for (WorkspacePage* page : std::as_const(m_pageList))
        page->setCurrentCommunity(communityId);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings->set(AppSettings::Key::MainWindowGeometry, saveGeometry());
    m_settings->set(AppSettings::Key::MainWindowState, saveState());
    m_settings->set(AppSettings::Key::CurrentPage, m_navigation->currentRow());
    event->accept();
}

void MainWindow::setWorkspace(std::unique_ptr<Workspace> workspace)
{
    // The old workspace lives until every view has let go of it.
    std::unique_ptr<Workspace> previous = std::move(m_workspace);
    m_workspace = std::move(workspace);
    m_switchingWorkspace = true;
    m_currentCommunityId = 0;
    m_communityModel->setWorkspace(m_workspace.get());
    for (WorkspacePage* page : std::as_const(m_pageList))
        page->setWorkspace(m_workspace.get());
    m_switchingWorkspace = false;
    // The sample is rebuilt on every opening: backing it up would only fill the disk.
    m_archiveActions->setWorkspacePath(m_workspace ? m_workspace->path() : QString(),
                                       m_workspace && m_workspace->path() != defaultSamplePath());
    if (m_workspace) {
        m_undoGroup->addStack(m_workspace->undoStack());
        m_undoGroup->setActiveStack(m_workspace->undoStack());
        connect(m_workspace.get(), &Workspace::errorOccurred, this, [this](const QString& message) {
            showError(tr("Undo or Redo Failed"), message);
        });
    }
    previous.reset();

    setCurrentCommunity(m_communityModel->rowCount() > 0 ? m_communityModel->communityAt(0).id : 0);
    updateWindowState();
}

void MainWindow::rememberFile(const QString& path)
{
    m_settings->addRecentFile(path);
    updateRecentFiles();
}

void MainWindow::updateRecentFiles()
{
    const QStringList files = m_settings->recentFiles();
    // Not clear(): this may run inside the triggered() of one of these very actions.
    const QList<QAction*> previous = m_recentMenu->actions();
    for (QAction* action : previous) {
        m_recentMenu->removeAction(action);
        action->deleteLater();
    }
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files.at(i);
        QAction* action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(escapedForMenu(QFileInfo(path).fileName())));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openWorkspace(path); });
    }
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear Menu"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        m_settings->clearRecentFiles();
        updateRecentFiles();
    });
    m_welcomePage->setRecentFiles(files);
}

void MainWindow::updateWindowState()
{
    const bool open = m_workspace != nullptr;
    m_central->setCurrentWidget(open ? m_workspaceView : m_welcomePage);
    m_communityCombo->setEnabled(open && m_communityModel->rowCount() > 0);
    m_toolBar->setVisible(open);
    m_closeAction->setEnabled(open);
    // Every edit is written to the file at once, so there is no unsaved state to mark with [*].
    if (open) {
        setWindowFilePath(m_workspace->path());
        setWindowTitle(tr("%1 — Steward").arg(QFileInfo(m_workspace->path()).fileName()));
    } else {
        setWindowFilePath(QString());
        setWindowTitle(tr("Steward"));
    }
}

void MainWindow::showError(const QString& title, const QString& message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("errorMessageBox"));
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

} // namespace steward
