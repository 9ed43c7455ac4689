// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Progress.h"
#include "common/Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

class QIODevice;

namespace steward {

/** What backup and restore both need of a database file and a stream: hashes, counts, identity. */
class ArchiveFiles
{
public:
    /** SHA-256 (lower-case hex) of everything left in the device, read in 1 MiB chunks; size is set. */
    static Result<QByteArray> sha256(QIODevice& device, qint64& size, qint64 total, Progress& progress);
    /** The row count of every table of the SQLite file, on a read-only connection of its own. */
    static Result<QMap<QString, qint64>> tableCounts(const QString& sqlitePath);
    /** PRAGMA user_version, after checking application_id and integrity_check, read-only. */
    static Result<int> checkedSchemaVersion(const QString& sqlitePath);
    /** Renames from over to (replacing it atomically where to exists). */
    static Status replace(const QString& from, const QString& to);
};

} // namespace steward
