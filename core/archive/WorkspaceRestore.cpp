// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceRestore.h"

#include "archive/ArchiveFiles.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace steward {

namespace {

/** An entry name that could escape the destination or hide what it is. */
bool isSafeName(const QString& name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || (name.size() > 1 && name.at(1) == QLatin1Char(':')))
        return false;
    for (const QString& part : name.split(QLatin1Char('/'))) {
        if (part == QLatin1String("..") || part == QLatin1String("."))
            return false;
    }
    for (QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

/** Checks one entry's header against the rules and the limits; names the entry when it fails. */
Status checkHeader(const QuaZipFileInfo64& info, const RestoreLimits& limits)
{
    const auto fail = [&](const char* text) {
        return Status::failure(QCoreApplication::translate("WorkspaceRestore", text).arg(info.name));
    };
    if (!isSafeName(info.name))
        return fail("The archive entry '%1' has a name that points outside the archive; nothing was restored.");
    if (info.isSymbolicLink())
        return fail("The archive entry '%1' is a symbolic link; nothing was restored.");
    if (info.isEncrypted())
        return fail("The archive entry '%1' is encrypted; Steward archives never are. Nothing was restored.");
    const bool isManifest = info.name == QLatin1String(ArchiveManifest::kFileName);
    if (!isManifest && info.name != QLatin1String(ArchiveManifest::kDatabaseEntry))
        return fail("The archive holds '%1', which a Steward archive does not; nothing was restored.");
    const qint64 limit = isManifest ? limits.maxManifestBytes : limits.maxDatabaseBytes;
    if (qint64(info.uncompressedSize) > limit)
        return fail("The archive entry '%1' is larger than Steward accepts; nothing was restored.");
    if (info.compressedSize > 0
        && double(info.uncompressedSize) / double(info.compressedSize) > limits.maxCompressionRatio)
        return fail("The archive entry '%1' expands far more than a workspace can (a zip bomb?); nothing was "
                    "restored.");
    return {};
}

/** Opens the named entry of the open archive for reading. */
Status openEntry(QuaZip& zip, QuaZipFile& file, const QString& name)
{
    if (!zip.setCurrentFile(name) || !file.open(QIODevice::ReadOnly))
        return Status::failure(
            QCoreApplication::translate("WorkspaceRestore", "Could not read the archive entry '%1' (zip error %2).")
                .arg(name)
                .arg(zip.getZipError()));
    return {};
}

Result<ArchiveManifest> readManifest(QuaZip& zip, const RestoreLimits& limits)
{
    using R = Result<ArchiveManifest>;
    QuaZipFile file(&zip);
    if (Status opened = openEntry(zip, file, QString::fromLatin1(ArchiveManifest::kFileName)); !opened)
        return R::failure(opened.errorString());
    const QByteArray json = file.read(limits.maxManifestBytes + 1);
    file.close();
    if (json.size() > limits.maxManifestBytes || file.getZipError() != UNZ_OK)
        return R::failure(QCoreApplication::translate("WorkspaceRestore",
                                                      "The archive entry 'manifest.json' is damaged or too large."));
    auto manifest = ArchiveManifest::fromJson(json);
    if (manifest && manifest->schemaVersion > Database::currentSchemaVersion())
        return R::failure(QCoreApplication::translate("WorkspaceRestore",
                                                      "The archive holds a workspace of schema %1, written by a newer "
                                                      "Steward (this version reads up to %2). Update Steward to "
                                                      "restore it.")
                              .arg(manifest->schemaVersion)
                              .arg(Database::currentSchemaVersion()));
    return manifest;
}

/** Every entry's header, and that the entries are exactly those the manifest lists. */
Result<ArchiveManifest> checkEntries(QuaZip& zip, const RestoreLimits& limits)
{
    using R = Result<ArchiveManifest>;
    const QList<QuaZipFileInfo64> infos = zip.getFileInfoList64();
    if (zip.getZipError() != UNZ_OK)
        return R::failure(QCoreApplication::translate("WorkspaceRestore", "The archive's directory is damaged."));
    QStringList names;
    for (const QuaZipFileInfo64& info : infos) {
        if (Status header = checkHeader(info, limits); !header)
            return R::failure(header.errorString());
        if (names.contains(info.name))
            return R::failure(
                QCoreApplication::translate("WorkspaceRestore", "The archive holds '%1' twice; nothing was restored.")
                    .arg(info.name));
        names.append(info.name);
    }
    if (!names.contains(QLatin1String(ArchiveManifest::kFileName))
        || !names.contains(QLatin1String(ArchiveManifest::kDatabaseEntry)))
        return R::failure(QCoreApplication::translate("WorkspaceRestore",
                                                      "This is not a Steward archive: it needs manifest.json and "
                                                      "workspace.sqlite."));
    auto manifest = readManifest(zip, limits);
    if (!manifest)
        return manifest;
    for (const QuaZipFileInfo64& info : infos) {
        const ArchiveEntry* listed = manifest->entry(info.name);
        if (info.name != QLatin1String(ArchiveManifest::kFileName)
            && (!listed || listed->size != qint64(info.uncompressedSize)))
            return R::failure(QCoreApplication::translate("WorkspaceRestore",
                                                          "The archive entry '%1' is not as manifest.json describes "
                                                          "it; nothing was restored.")
                                  .arg(info.name));
    }
    return manifest;
}

/** Streams the database entry, optionally into out, and compares its hash with the manifest's. */
Status copyDatabase(QuaZip& zip, const ArchiveEntry& expected, QIODevice* out, Progress& progress)
{
    QuaZipFile file(&zip);
    if (Status opened = openEntry(zip, file, expected.name); !opened)
        return opened;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 size = 0;
    for (qint64 n; (n = file.read(buffer.data(), buffer.size())) > 0 && size <= expected.size;) {
        hash.addData(QByteArrayView(buffer.constData(), n));
        size += n;
        if (out && out->write(buffer.constData(), n) != n)
            return Status::failure(out->errorString());
        progress.report(size, expected.size, QCoreApplication::translate("WorkspaceRestore", "Checking the archive"));
        if (progress.isCanceled())
            return Status::failure(QCoreApplication::translate("WorkspaceRestore", "Canceled; nothing was restored."));
    }
    file.close();
    if (file.getZipError() != UNZ_OK || size != expected.size || hash.result().toHex() != expected.sha256)
        return Status::failure(QCoreApplication::translate("WorkspaceRestore",
                                                           "The archive entry '%1' is damaged or truncated (its "
                                                           "checksum does not match manifest.json); nothing was "
                                                           "restored.")
                                   .arg(expected.name));
    return {};
}

} // namespace

Result<ArchiveManifest>
WorkspaceRestore::verify(const QString& zipPath, const RestoreLimits& limits, Progress& progress)
{
    using R = Result<ArchiveManifest>;
    QuaZip zip(zipPath);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdUnzip))
        return R::failure(
            QCoreApplication::translate("WorkspaceRestore", "'%1' is not a readable ZIP archive (zip error %2).")
                .arg(zipPath)
                .arg(zip.getZipError()));
    auto manifest = checkEntries(zip, limits);
    if (!manifest)
        return manifest;
    const ArchiveEntry* database = manifest->entry(QString::fromLatin1(ArchiveManifest::kDatabaseEntry));
    if (Status checked = copyDatabase(zip, *database, nullptr, progress); !checked)
        return R::failure(checked.errorString());
    return manifest;
}

namespace {

Status checkDestination(const QString& targetPath, bool replaceExisting)
{
    if (!QFileInfo::exists(targetPath))
        return {};
    if (!replaceExisting)
        return Status::failure(QCoreApplication::translate("WorkspaceRestore",
                                                           "'%1' exists; choose a new file, or replace it on purpose "
                                                           "(--force).")
                                   .arg(targetPath));
    if (QFileInfo::exists(targetPath + QStringLiteral("-wal")))
        return Status::failure(QCoreApplication::translate("WorkspaceRestore",
                                                           "'%1' is open in Steward or was not closed cleanly; close "
                                                           "it first or restore to a new file.")
                                   .arg(targetPath));
    return {};
}

/** The unpacked copy is what the manifest describes, table by table. */
Status checkUnpacked(const QString& path, const ArchiveManifest& manifest)
{
    auto version = ArchiveFiles::checkedSchemaVersion(path);
    if (!version)
        return Status::failure(version.errorString());
    auto counts = ArchiveFiles::tableCounts(path);
    if (!counts)
        return Status::failure(counts.errorString());
    if (*version != manifest.schemaVersion || *counts != manifest.tableCounts)
        return Status::failure(QCoreApplication::translate("WorkspaceRestore",
                                                           "The archived database does not hold what manifest.json "
                                                           "lists (schema or row counts differ); nothing was "
                                                           "restored."));
    return {};
}

} // namespace

Result<ArchiveManifest> WorkspaceRestore::restore(const QString& zipPath,
                                                  const QString& targetPath,
                                                  bool replaceExisting,
                                                  const RestoreLimits& limits,
                                                  Progress& progress)
{
    using R = Result<ArchiveManifest>;
    if (Status destination = checkDestination(targetPath, replaceExisting); !destination)
        return R::failure(destination.errorString());
    auto manifest = verify(zipPath, limits, progress);
    if (!manifest)
        return manifest;

    const QFileInfo target(targetPath);
    QTemporaryFile unpacked(target.absoluteDir().filePath(QStringLiteral(".%1.restore-XXXXXX").arg(target.fileName())));
    if (!unpacked.open())
        return R::failure(QCoreApplication::translate("WorkspaceRestore", "Could not write in '%1': %2")
                              .arg(target.absolutePath(), unpacked.errorString()));
    QuaZip zip(zipPath);
    zip.setUtf8Enabled(true);
    const ArchiveEntry* database = manifest->entry(QString::fromLatin1(ArchiveManifest::kDatabaseEntry));
    Status copied = zip.open(QuaZip::mdUnzip) ? copyDatabase(zip, *database, &unpacked, progress)
                                              : Status::failure(QCoreApplication::translate(
                                                  "WorkspaceRestore", "The archive changed while it was restored."));
    unpacked.close();
    if (copied)
        copied = checkUnpacked(unpacked.fileName(), *manifest);
    if (!copied)
        return R::failure(copied.errorString());
    QFile::remove(targetPath + QStringLiteral("-shm"));
    if (Status moved = ArchiveFiles::replace(unpacked.fileName(), target.absoluteFilePath()); !moved)
        return R::failure(moved.errorString());
    unpacked.setAutoRemove(false);
    return manifest;
}

} // namespace steward
