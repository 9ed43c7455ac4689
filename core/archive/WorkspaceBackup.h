// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/ArchiveManifest.h"
#include "common/Progress.h"

namespace steward {

class Clock;
class Database;

/**
 * A workspace archive: a consistent snapshot of the database (VACUUM INTO, so it can be taken while
 * the app has the file open and writes to it) and manifest.json with the size and SHA-256 of the
 * snapshot and the row count of every table. The ZIP is written beside its destination and renamed
 * over it only when complete, so a failed or cancelled backup never leaves half an archive.
 */
class WorkspaceBackup
{
public:
    static Result<ArchiveManifest>
    write(const Database& database, const QString& zipPath, const Clock& clock, Progress& progress = Progress::none());
};

} // namespace steward
