// SPDX-License-Identifier: GPL-3.0-or-later
#include "RollingBackup.h"

#include "archive/WorkspaceBackup.h"
#include "common/Clock.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace steward {

QString RollingBackup::folderFor(const QString& root, const QString& workspacePath)
{
    // Two workspaces with the same name in different folders must not share (and prune) one folder.
    const QFileInfo workspace(workspacePath);
    const QByteArray key = QCryptographicHash::hash(workspace.absoluteFilePath().toUtf8(), QCryptographicHash::Sha256);
    return QDir(root).filePath(workspace.completeBaseName() + QLatin1Char('-')
                               + QString::fromLatin1(key.toHex().left(8)));
}

Result<QString> RollingBackup::write(const Database& database, const QString& folder, int keep, const Clock& clock)
{
    using R = Result<QString>;
    if (!QDir().mkpath(folder))
        return R::failure(
            QCoreApplication::translate("RollingBackup", "Could not create the backup folder '%1'.").arg(folder));
    const QString stem = QFileInfo(database.path()).completeBaseName();
    const QString name = QStringLiteral("%1-%2.zip").arg(stem, clock.now().toUTC().toString(u"yyyyMMdd-HHmmss"));
    const QString path = QDir(folder).filePath(name);
    auto manifest = WorkspaceBackup::write(database, path, clock);
    if (!manifest)
        return R::failure(manifest.errorString());
    // The names sort by time: everything before the newest `keep` goes.
    QDir dir(folder);
    const QString pattern = stem + QLatin1Char('-') + QString(8, u'?') + QLatin1Char('-') + QString(6, u'?')
                            + QStringLiteral(".zip"); // <stem>-yyyyMMdd-HHmmss.zip, spelt out to avoid the ??- trigraph
    const QStringList archives = dir.entryList({pattern}, QDir::Files, QDir::Name | QDir::Reversed);
    for (qsizetype i = std::max(keep, 1); i < archives.size(); ++i)
        dir.remove(archives.at(i));
    return path;
}

} // namespace steward
