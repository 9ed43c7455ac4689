// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

namespace steward {

class Clock;
class Database;

/**
 * The automatic backups taken when a workspace opens: one archive per opening in a folder of its
 * own, named after the workspace and the time, keeping the newest `keep` of them.
 */
class RollingBackup
{
public:
    /** The folder a workspace's rolling backups go to, under the application's data folder root. */
    static QString folderFor(const QString& root, const QString& workspacePath);
    /** Writes a new archive into folder and removes the oldest beyond keep; returns the new file. */
    static Result<QString> write(const Database& database, const QString& folder, int keep, const Clock& clock);
};

} // namespace steward
