// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/ArchiveManifest.h"
#include "common/Clock.h"

#include <QFuture>
#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace steward {

class AppSettings;
class Progress;

/**
 * File > Back Up…, Restore… and Automatic Backups…, and the rolling backup taken in the background
 * each time a workspace opens. Every archive is written from a connection of its own on a worker
 * thread, so the window stays responsive and the open workspace can be edited meanwhile.
 */
class ArchiveActions : public QObject
{
    Q_OBJECT

public:
    ArchiveActions(QWidget* window, AppSettings& settings, const Clock& clock);
    ~ArchiveActions() override;

    void addTo(QMenu* fileMenu);
    /** The open workspace's file, empty when none; a new one gets its rolling backup when asked. */
    void setWorkspacePath(const QString& path, bool automaticBackup = true);

    /** Writes the open workspace to zipPath with a progress dialog; false (after a message) on failure. */
    bool backUpTo(const QString& zipPath);
    /** Restores zipPath into targetPath with a progress dialog; false (after a message) on failure. */
    bool restoreTo(const QString& zipPath, const QString& targetPath, bool replaceExisting);
    /** Where the rolling backups of every workspace go. */
    static QString rollingBackupRoot();
    /** The running rolling backup, if any (tests wait on it). */
    QFuture<QString> rollingBackup() const { return m_rolling; }

signals:
    /** A restore finished and the user wants to work in the restored file. */
    void openRequested(const QString& path);
    /** A line for the status bar. */
    void message(const QString& text);

private:
    void backUp();
    void restore();
    void configureAutomaticBackups();
    void startRollingBackup();
    Result<ArchiveManifest> runWithProgress(const QString& title,
                                            const std::function<Result<ArchiveManifest>(Progress&)>& work);

    QWidget* m_window;
    AppSettings& m_settings;
    const Clock& m_clock;
    QString m_workspacePath;
    QAction* m_backUpAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_automaticAction = nullptr;
    QFuture<QString> m_rolling;
};

} // namespace steward
