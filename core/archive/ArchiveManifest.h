// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace steward {

/** One file of a workspace archive as its manifest describes it. */
struct ArchiveEntry
{
    QString name;
    qint64 size = 0;
    QByteArray sha256; // lower-case hex

    bool operator==(const ArchiveEntry&) const = default;
};

/**
 * manifest.json of a workspace archive: what wrote it and what it holds. Restoring trusts nothing
 * in the archive that the manifest does not vouch for: every other entry is listed here with its
 * size and SHA-256, and the table counts are compared with the restored database.
 */
struct ArchiveManifest
{
    /** The archive layout version this build writes; a larger one is refused as too new. */
    static constexpr int kFormatVersion = 1;
    static constexpr char kFileName[] = "manifest.json";
    static constexpr char kDatabaseEntry[] = "workspace.sqlite";

    int formatVersion = kFormatVersion;
    int schemaVersion = 0;
    QString appVersion;
    QDateTime created; // UTC
    QList<ArchiveEntry> entries;
    QMap<QString, qint64> tableCounts;

    QByteArray toJson() const;
    /** Parses and checks the manifest; the message names the key that is missing or wrong. */
    static Result<ArchiveManifest> fromJson(const QByteArray& json);
    /** The entry named name, or nullptr. */
    const ArchiveEntry* entry(const QString& name) const;
};

} // namespace steward
