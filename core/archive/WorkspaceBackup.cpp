// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceBackup.h"

#include "archive/ArchiveFiles.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace steward {

namespace {

/** Copies the file into the open archive as one deflated entry, with progress and cancel. */
Status addEntry(QuaZip& zip, const QString& name, QIODevice& source, const QDateTime& when, Progress& progress)
{
    QuaZipNewInfo info(name);
    info.dateTime = when.toLocalTime();
    info.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, Z_DEFAULT_COMPRESSION))
        return Status::failure(
            QCoreApplication::translate("WorkspaceBackup", "Could not add '%1' to the archive (zip error %2).")
                .arg(name)
                .arg(entry.getZipError()));
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 written = 0;
    for (qint64 n; (n = source.read(buffer.data(), buffer.size())) > 0;) {
        if (entry.write(buffer.constData(), n) != n)
            return Status::failure(
                QCoreApplication::translate("WorkspaceBackup", "Could not write '%1' into the archive.").arg(name));
        written += n;
        progress.report(written, source.size(), QCoreApplication::translate("WorkspaceBackup", "Writing the archive"));
        if (progress.isCanceled())
            return Status::failure(QCoreApplication::translate("WorkspaceBackup", "Canceled."));
    }
    entry.close();
    if (entry.getZipError() != UNZ_OK)
        return Status::failure(
            QCoreApplication::translate("WorkspaceBackup", "Could not finish '%1' in the archive (zip error %2).")
                .arg(name)
                .arg(entry.getZipError()));
    return {};
}

/** The snapshot's manifest: its hash and size, schema, table counts. */
Result<ArchiveManifest> describe(const QString& snapshot, const Clock& clock, Progress& progress)
{
    using R = Result<ArchiveManifest>;
    ArchiveManifest manifest;
    manifest.appVersion = QStringLiteral(STEWARD_VERSION);
    manifest.created = clock.now().toUTC();
    auto version = ArchiveFiles::checkedSchemaVersion(snapshot);
    if (!version)
        return R::failure(version.errorString());
    manifest.schemaVersion = *version;
    auto counts = ArchiveFiles::tableCounts(snapshot);
    if (!counts)
        return R::failure(counts.errorString());
    manifest.tableCounts = *counts;
    QFile file(snapshot);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(file.errorString());
    ArchiveEntry entry{QString::fromLatin1(ArchiveManifest::kDatabaseEntry), 0, {}};
    auto hash = ArchiveFiles::sha256(file, entry.size, file.size(), progress);
    if (!hash)
        return R::failure(hash.errorString());
    entry.sha256 = *hash;
    manifest.entries.append(entry);
    return manifest;
}

Status writeZip(const QString& zipPath, const QString& snapshot, const ArchiveManifest& manifest, Progress& progress)
{
    QuaZip zip(zipPath);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate))
        return Status::failure(QCoreApplication::translate("WorkspaceBackup", "Could not create '%1' (zip error %2).")
                                   .arg(zipPath)
                                   .arg(zip.getZipError()));
    QFile database(snapshot);
    if (!database.open(QIODevice::ReadOnly))
        return Status::failure(database.errorString());
    Status status =
        addEntry(zip, QString::fromLatin1(ArchiveManifest::kDatabaseEntry), database, manifest.created, progress);
    if (status) {
        QByteArray json = manifest.toJson();
        QBuffer buffer(&json);
        buffer.open(QIODevice::ReadOnly);
        status =
            addEntry(zip, QString::fromLatin1(ArchiveManifest::kFileName), buffer, manifest.created, Progress::none());
    }
    zip.close();
    if (status && zip.getZipError() != UNZ_OK)
        return Status::failure(QCoreApplication::translate("WorkspaceBackup", "Could not finish '%1' (zip error %2).")
                                   .arg(zipPath)
                                   .arg(zip.getZipError()));
    return status;
}

} // namespace

Result<ArchiveManifest>
WorkspaceBackup::write(const Database& database, const QString& zipPath, const Clock& clock, Progress& progress)
{
    using R = Result<ArchiveManifest>;
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return R::failure(QCoreApplication::translate("WorkspaceBackup", "Could not create a temporary folder: %1")
                              .arg(scratch.errorString()));
    const QString snapshot = scratch.filePath(QStringLiteral("snapshot.sqlite"));
    progress.report(0, 0, QCoreApplication::translate("WorkspaceBackup", "Taking a snapshot"));
    // One read transaction: a consistent copy even while another connection writes.
    if (auto q = runQuery(database.connection(), QStringLiteral("VACUUM INTO ?"), {snapshot}); !q)
        return R::failure(
            QCoreApplication::translate("WorkspaceBackup", "Could not take a snapshot of the workspace: %1")
                .arg(q.errorString()));
    auto manifest = describe(snapshot, clock, progress);
    if (!manifest)
        return manifest;
    const QString partial = zipPath + QStringLiteral(".part");
    Status written = writeZip(partial, snapshot, *manifest, progress);
    if (!written) {
        QFile::remove(partial);
        return R::failure(written.errorString());
    }
    if (Status moved = ArchiveFiles::replace(partial, zipPath); !moved) {
        QFile::remove(partial);
        return R::failure(moved.errorString());
    }
    return manifest;
}

} // namespace steward
