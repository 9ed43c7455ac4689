// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArchiveActions.h"

#include "AppSettings.h"
#include "WorkerProgress.h"
#include "archive/RollingBackup.h"
#include "archive/WorkspaceBackup.h"
#include "archive/WorkspaceRestore.h"
#include "storage/Database.h"

#include <QAction>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTimer>
#include <QtConcurrent>

namespace steward {

namespace {

constexpr int kMaxAutomaticBackups = 100;

/** Backs up the file from a connection of the calling (worker) thread's own. */
Result<ArchiveManifest> backUpFile(const QString& workspace, const QString& zip, const Clock& clock, Progress& progress)
{
    auto database = Database::open(workspace, Database::OpenMode::ExistingOnly);
    if (!database)
        return Result<ArchiveManifest>::failure(database.errorString());
    return WorkspaceBackup::write(**database, zip, clock, progress);
}

} // namespace

ArchiveActions::ArchiveActions(QWidget* window, AppSettings& settings, const Clock& clock)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
    , m_clock(clock)
{
    m_backUpAction = new QAction(tr("&Back Up…"), this);
    m_backUpAction->setObjectName(QStringLiteral("backUpAction"));
    m_backUpAction->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    m_backUpAction->setStatusTip(tr("Write an archive of the workspace with checksums, safe to keep or move"));
    connect(m_backUpAction, &QAction::triggered, this, &ArchiveActions::backUp);

    m_restoreAction = new QAction(tr("&Restore…"), this);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_restoreAction->setStatusTip(tr("Check a backup archive and restore it into a new workspace file"));
    connect(m_restoreAction, &QAction::triggered, this, &ArchiveActions::restore);

    m_automaticAction = new QAction(tr("A&utomatic Backups…"), this);
    m_automaticAction->setObjectName(QStringLiteral("automaticBackupsAction"));
    m_automaticAction->setStatusTip(tr("Choose how many backups to keep of each workspace, taken when it opens"));
    connect(m_automaticAction, &QAction::triggered, this, &ArchiveActions::configureAutomaticBackups);
    setWorkspacePath({});
}

ArchiveActions::~ArchiveActions()
{
    m_rolling.waitForFinished(); // the worker holds a connection to the file
}

void ArchiveActions::addTo(QMenu* fileMenu)
{
    fileMenu->addAction(m_backUpAction);
    fileMenu->addAction(m_restoreAction);
    fileMenu->addAction(m_automaticAction);
}

void ArchiveActions::setWorkspacePath(const QString& path, bool automaticBackup)
{
    const bool changed = path != m_workspacePath;
    m_workspacePath = path;
    m_backUpAction->setEnabled(!path.isEmpty());
    if (changed && automaticBackup && !path.isEmpty())
        startRollingBackup();
}

QString ArchiveActions::rollingBackupRoot()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("backups"));
}

void ArchiveActions::startRollingBackup()
{
    const int keep = m_settings.get(AppSettings::Key::AutomaticBackups).toInt();
    if (keep <= 0 || m_rolling.isRunning())
        return;
    const QString workspace = m_workspacePath;
    const QString folder = RollingBackup::folderFor(rollingBackupRoot(), workspace);
    const Clock& clock = m_clock;
    m_rolling = QtConcurrent::run([workspace, folder, keep, &clock]() -> QString {
        auto database = Database::open(workspace, Database::OpenMode::ExistingOnly);
        auto written = database ? RollingBackup::write(**database, folder, keep, clock)
                                : Result<QString>::failure(database.errorString());
        return written ? QString() : written.errorString();
    });
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        if (!error.isEmpty())
            emit message(tr("The automatic backup failed: %1").arg(error));
        watcher->deleteLater();
    });
    watcher->setFuture(m_rolling);
}

Result<ArchiveManifest> ArchiveActions::runWithProgress(const QString& title,
                                                        const std::function<Result<ArchiveManifest>(Progress&)>& work)
{
    WorkerProgress progress;
    QProgressDialog dialog(title, tr("Cancel"), 0, 0, m_window);
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    connect(&dialog, &QProgressDialog::canceled, &dialog, [&progress] { progress.cancel(); });
    QFuture<Result<ArchiveManifest>> future = QtConcurrent::run([&work, &progress] { return work(progress); });
    QFutureWatcher<Result<ArchiveManifest>> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    connect(&poll, &QTimer::timeout, &dialog, [&] {
        const qint64 total = progress.total();
        dialog.setLabelText(progress.stage().isEmpty() ? title : progress.stage());
        dialog.setMaximum(total > 0 ? 1000 : 0);
        if (total > 0)
            dialog.setValue(int(1000 * progress.done() / total));
    });
    poll.start(100);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

bool ArchiveActions::backUpTo(const QString& zipPath)
{
    const QString workspace = m_workspacePath;
    const Clock& clock = m_clock;
    auto written = runWithProgress(tr("Backing up"),
                                   [&](Progress& progress) { return backUpFile(workspace, zipPath, clock, progress); });
    if (!written) {
        QMessageBox::warning(m_window, tr("Back Up"), written.errorString());
        return false;
    }
    emit message(tr("Backed up to %1").arg(QDir::toNativeSeparators(zipPath)));
    return true;
}

bool ArchiveActions::restoreTo(const QString& zipPath, const QString& targetPath, bool replaceExisting)
{
    if (QFileInfo(targetPath).absoluteFilePath() == m_workspacePath) {
        QMessageBox::warning(m_window,
                             tr("Restore"),
                             tr("'%1' is the open workspace. Close it first, or restore to a new file.")
                                 .arg(QDir::toNativeSeparators(targetPath)));
        return false;
    }
    auto restored = runWithProgress(tr("Restoring"), [&](Progress& progress) {
        return WorkspaceRestore::restore(zipPath, targetPath, replaceExisting, {}, progress);
    });
    if (!restored) {
        QMessageBox::warning(m_window, tr("Restore"), restored.errorString());
        return false;
    }
    emit message(tr("Restored %1").arg(QDir::toNativeSeparators(targetPath)));
    return true;
}

void ArchiveActions::backUp()
{
    const QFileInfo workspace(m_workspacePath);
    const QString suggested = workspace.dir().filePath(
        QStringLiteral("%1-%2.zip").arg(workspace.completeBaseName(), m_clock.today().toString(Qt::ISODate)));
    const QString zip =
        QFileDialog::getSaveFileName(m_window, tr("Back Up Workspace"), suggested, tr("Steward archives (*.zip)"));
    if (!zip.isEmpty())
        backUpTo(zip);
}

void ArchiveActions::restore()
{
    const QString zip = QFileDialog::getOpenFileName(
        m_window, tr("Restore Workspace"), QDir::homePath(), tr("Steward archives (*.zip);;All files (*)"));
    if (zip.isEmpty())
        return;
    auto checked = runWithProgress(tr("Checking the archive"),
                                   [&](Progress& progress) { return WorkspaceRestore::verify(zip, {}, progress); });
    if (!checked) {
        QMessageBox::warning(m_window, tr("Restore"), checked.errorString());
        return;
    }
    const QString target = QFileDialog::getSaveFileName(
        m_window,
        tr("Restore Into"),
        QFileInfo(zip).dir().filePath(QFileInfo(zip).completeBaseName() + tr("-restored") + QStringLiteral(".steward")),
        tr("Steward workspaces (*.steward)"));
    // The file dialog has already asked whether to replace an existing file.
    if (target.isEmpty() || !restoreTo(zip, target, true))
        return;
    const auto answer = QMessageBox::question(
        m_window,
        tr("Restore"),
        tr("Restored the workspace of %1 (written by Steward %2). Open it now?")
            .arg(QLocale().toString(checked->created.toLocalTime(), QLocale::ShortFormat), checked->appVersion));
    if (answer == QMessageBox::Yes)
        emit openRequested(target);
}

void ArchiveActions::configureAutomaticBackups()
{
    bool ok = false;
    const int keep = QInputDialog::getInt(
        m_window,
        tr("Automatic Backups"),
        tr("Each time a workspace opens, Steward writes a backup of it to\n%1\nHow many backups of each workspace "
           "should it keep? (0 turns automatic backups off.)")
            .arg(QDir::toNativeSeparators(rollingBackupRoot())),
        m_settings.get(AppSettings::Key::AutomaticBackups).toInt(),
        0,
        kMaxAutomaticBackups,
        1,
        &ok);
    if (ok)
        m_settings.set(AppSettings::Key::AutomaticBackups, keep);
}

} // namespace steward
