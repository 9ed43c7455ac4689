// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"

#include <QList>
#include <QMainWindow>

#include <memory>

class QAction;
class QComboBox;
class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;
class QUndoGroup;

namespace steward {

class AppSettings;
class ArchiveActions;
class CommunityListModel;
class WelcomePage;
class Workspace;
class WorkspacePage;

/**
 * The application window: a sidebar of pages over one open workspace, the community selector
 * the pages follow, and the File, Edit and Help menus. Holds no SQL; all reads and edits go
 * through the Workspace.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const Clock& clock = Clock::system(), QWidget* parent = nullptr);
    ~MainWindow() override;

    Workspace* workspace() const { return m_workspace.get(); }
    AppSettings& settings() const { return *m_settings; }
    ArchiveActions* archiveActions() const { return m_archiveActions; }
    qint64 currentCommunity() const { return m_currentCommunityId; }

    /** Opens an existing workspace. On failure the message is shown and the open workspace stays. */
    bool openWorkspace(const QString& path, bool remember = true);
    /** Creates and opens a new, empty workspace file; refuses a path that exists. */
    bool createWorkspace(const QString& path);
    /**
     * Writes a fresh sample community to the path (by default a file in the application's data folder,
     * replaced each time) and opens it. remember=false keeps it out of the recent files.
     */
    bool openSample(const QString& path = QString(), bool remember = true);
    /** Reopens the last workspace if its file still exists. */
    bool reopenLastFile();
    void closeWorkspace();

    static QString defaultSamplePath();

public slots:
    void newWorkspaceDialog();
    void openWorkspaceDialog();
    void showAbout();
    /** Makes the community current in the selector and on every page. */
    void setCurrentCommunity(qint64 communityId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    /** Adds a sidebar entry and its page; a new page is one call in the constructor. */
    void addPage(WorkspacePage* page, const QIcon& icon, const QString& title);
    void setWorkspace(std::unique_ptr<Workspace> workspace);
    void rememberFile(const QString& path);
    void updateRecentFiles();
    void updateWindowState();
    void showError(const QString& title, const QString& message);

    const Clock& m_clock;
    AppSettings* m_settings = nullptr;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_currentCommunityId = 0;
    bool m_switchingWorkspace = false;
    QUndoGroup* m_undoGroup = nullptr;
    ArchiveActions* m_archiveActions = nullptr;
    CommunityListModel* m_communityModel = nullptr;

    QStackedWidget* m_central = nullptr;
    WelcomePage* m_welcomePage = nullptr;
    QWidget* m_workspaceView = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QList<WorkspacePage*> m_pageList;
    QToolBar* m_toolBar = nullptr;
    QComboBox* m_communityCombo = nullptr;

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_openSampleAction = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QMenu* m_recentMenu = nullptr;
};

} // namespace steward
