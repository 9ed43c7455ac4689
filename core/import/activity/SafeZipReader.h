// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

#include <memory>

class QIODevice;
class QuaZip;

namespace steward {

/**
 * Reads a ZIP archive that nobody vouches for, entry by entry, into memory - never onto disk. open()
 * checks the whole central directory first and refuses the archive, naming the entry, when one is
 * unsafe: a name with "..", an absolute or drive path, a symbolic link, an encrypted entry, an entry
 * larger than the per-entry limit, a compression ratio above the limit (a zip bomb) or a declared total
 * above the total limit. read() enforces the limits again on the bytes actually inflated, because the
 * declared sizes may lie, and reports truncation or a bad CRC with the entry's name.
 */
class SafeZipReader
{
public:
    struct Limits
    {
        qint64 maxEntryBytes = 256LL * 1024 * 1024;
        qint64 maxTotalBytes = 16LL * 1024 * 1024 * 1024;
        /** Uncompressed over compressed; only checked for entries above ratioFloorBytes. */
        double maxRatio = 200;
        qint64 ratioFloorBytes = 1024 * 1024;
        int maxEntries = 2'000'000;
    };

    struct Entry
    {
        QString name;
        qint64 size = 0;
        qint64 compressedSize = 0;
        quint64 directoryOffset = 0; // where unzGoToFilePos64 finds it again
        quint64 number = 0;
        bool isDirectory = false;
    };

    SafeZipReader();
    ~SafeZipReader();
    SafeZipReader(const SafeZipReader&) = delete;
    SafeZipReader& operator=(const SafeZipReader&) = delete;

    /** Opens and checks the archive; archiveName names it in messages. The device must stay open. */
    Status open(QIODevice* device, const QString& archiveName, const Limits& limits);
    Status open(QIODevice* device, const QString& archiveName) { return open(device, archiveName, Limits()); }
    const QList<Entry>& entries() const { return m_entries; }
    /** The entry's bytes, checked against the limits and its CRC. */
    Result<QByteArray> read(const Entry& entry);

private:
    Status checkEntry(const Entry& entry, quint16 flags, bool symlink) const;
    Status listEntries();
    QString where(const QString& entryName) const;

    std::unique_ptr<QuaZip> m_zip;
    QString m_archiveName;
    Limits m_limits;
    QList<Entry> m_entries;
    qint64 m_inflated = 0;
};

} // namespace steward
