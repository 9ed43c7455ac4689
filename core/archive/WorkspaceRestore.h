// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/ArchiveManifest.h"
#include "common/Progress.h"

namespace steward {

/** What a restore accepts from an archive before it reads any further. */
struct RestoreLimits
{
    qint64 maxDatabaseBytes = qint64(64) << 30;
    qint64 maxManifestBytes = 1 << 20;
    /** Uncompressed / compressed size; a workspace snapshot compresses far less than this. */
    double maxCompressionRatio = 1000;
};

/**
 * Restores a workspace archive written by WorkspaceBackup into a new file. Nothing is written until
 * the whole archive has been checked: only manifest.json and workspace.sqlite, plain names (no
 * "..", no absolute paths, no symbolic links, no encryption), sizes within the limits and as
 * declared, a manifest no newer than this build, the SHA-256 of the database as the manifest says.
 * The database is then unpacked beside the destination, checked again (hash, Steward identity,
 * integrity, schema version and every table's row count) and renamed into place. An existing
 * destination is replaced only when asked to, and never while it has a write-ahead log (open or
 * not cleanly closed).
 */
class WorkspaceRestore
{
public:
    /** Checks the archive without writing anything; returns its manifest. */
    static Result<ArchiveManifest>
    verify(const QString& zipPath, const RestoreLimits& limits = {}, Progress& progress = Progress::none());
    static Result<ArchiveManifest> restore(const QString& zipPath,
                                           const QString& targetPath,
                                           bool replaceExisting,
                                           const RestoreLimits& limits = {},
                                           Progress& progress = Progress::none());
};

} // namespace steward
