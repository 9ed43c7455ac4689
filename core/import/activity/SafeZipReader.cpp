// SPDX-License-Identifier: GPL-3.0-or-later
#include "SafeZipReader.h"

#include <QCoreApplication>
#include <QIODevice>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/unzip.h>

namespace steward {

namespace {

/** A name that would land outside the folder it is extracted to, were anyone to extract it. */
bool isUnsafeName(const QString& name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')))
        return true;
    if (name.size() >= 2 && name.at(1) == QLatin1Char(':'))
        return true; // C:foo, C:\foo
    if (name.contains(QChar(0)))
        return true;
    const QStringList parts = QString(name).replace(QLatin1Char('\\'), QLatin1Char('/')).split(QLatin1Char('/'));
    return parts.contains(QStringLiteral(".."));
}

} // namespace

SafeZipReader::SafeZipReader() = default;
SafeZipReader::~SafeZipReader() = default;

QString SafeZipReader::where(const QString& entryName) const
{
    return QStringLiteral("%1: %2").arg(m_archiveName, entryName);
}

Status SafeZipReader::open(QIODevice* device, const QString& archiveName, const Limits& limits)
{
    m_archiveName = archiveName;
    m_limits = limits;
    m_entries.clear();
    m_inflated = 0;
    m_zip = std::make_unique<QuaZip>(device);
    // Split (multi-disk) archives, truncated files and anything without a central directory end here.
    if (!m_zip->open(QuaZip::mdUnzip))
        return Status::failure(
            QCoreApplication::translate("SafeZipReader",
                                        "%1: not a readable ZIP archive (truncated, split over several files, or "
                                        "not a ZIP at all; error %2)")
                .arg(archiveName)
                .arg(m_zip->getZipError()));
    return listEntries();
}

Status SafeZipReader::listEntries()
{
    qint64 total = 0;
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        QuaZipFileInfo64 info;
        unz64_file_pos position{};
        if (!m_zip->getCurrentFileInfo(&info) || unzGetFilePos64(m_zip->getUnzFile(), &position) != UNZ_OK)
            return Status::failure(
                QCoreApplication::translate("SafeZipReader", "%1: the archive's directory is damaged after entry %2")
                    .arg(m_archiveName)
                    .arg(m_entries.size()));
        Entry entry{info.name,
                    qint64(std::min<quint64>(info.uncompressedSize, quint64(INT64_MAX))),
                    qint64(std::min<quint64>(info.compressedSize, quint64(INT64_MAX))),
                    quint64(position.pos_in_zip_directory),
                    quint64(position.num_of_file),
                    info.name.endsWith(QLatin1Char('/'))};
        if (Status s = checkEntry(entry, info.flags, info.isSymbolicLink()); !s)
            return s;
        total += entry.size;
        if (total > m_limits.maxTotalBytes)
            return Status::failure(QCoreApplication::translate("SafeZipReader",
                                                               "%1: the archive unpacks to more than %2 MB (a zip "
                                                               "bomb?); refused")
                                       .arg(where(entry.name))
                                       .arg(m_limits.maxTotalBytes / (1024 * 1024)));
        if (m_entries.size() >= m_limits.maxEntries)
            return Status::failure(QCoreApplication::translate("SafeZipReader", "%1: more than %2 entries; refused")
                                       .arg(m_archiveName)
                                       .arg(m_limits.maxEntries));
        m_entries.append(entry);
    }
    if (m_zip->getZipError() != UNZ_OK)
        return Status::failure(
            QCoreApplication::translate("SafeZipReader", "%1: the archive's directory is damaged (error %2)")
                .arg(m_archiveName)
                .arg(m_zip->getZipError()));
    // QuaZipFile only opens "the current file"; positioning later goes through unzGoToFilePos64.
    m_zip->goToFirstFile();
    return {};
}

Status SafeZipReader::checkEntry(const Entry& entry, quint16 flags, bool symlink) const
{
    if (isUnsafeName(entry.name))
        return Status::failure(
            QCoreApplication::translate("SafeZipReader",
                                        "%1: the entry name leaves the archive's folder ('..' or an absolute path); "
                                        "refused")
                .arg(where(entry.name)));
    if (symlink)
        return Status::failure(QCoreApplication::translate("SafeZipReader", "%1: the entry is a symbolic link; refused")
                                   .arg(where(entry.name)));
    if (flags & 1)
        return Status::failure(
            QCoreApplication::translate("SafeZipReader", "%1: the entry is encrypted; export it without a password")
                .arg(where(entry.name)));
    if (entry.size > m_limits.maxEntryBytes)
        return Status::failure(
            QCoreApplication::translate("SafeZipReader", "%1: the entry is %2 MB, more than the limit of %3 MB")
                .arg(where(entry.name))
                .arg(entry.size / (1024 * 1024))
                .arg(m_limits.maxEntryBytes / (1024 * 1024)));
    if (entry.size > m_limits.ratioFloorBytes
        && double(entry.size) > m_limits.maxRatio * double(std::max<qint64>(entry.compressedSize, 1)))
        return Status::failure(QCoreApplication::translate(
                                   "SafeZipReader", "%1: the entry inflates %2 times (a zip bomb?); the limit is %3")
                                   .arg(where(entry.name))
                                   .arg(qint64(double(entry.size) / double(std::max<qint64>(entry.compressedSize, 1))))
                                   .arg(m_limits.maxRatio));
    return {};
}

Result<QByteArray> SafeZipReader::read(const Entry& entry)
{
    using R = Result<QByteArray>;
    unz64_file_pos position{entry.directoryOffset, entry.number};
    if (unzGoToFilePos64(m_zip->getUnzFile(), &position) != UNZ_OK)
        return R::failure(
            QCoreApplication::translate("SafeZipReader", "%1: the entry cannot be found again").arg(where(entry.name)));
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(QCoreApplication::translate("SafeZipReader", "%1: the entry cannot be opened (error %2)")
                              .arg(where(entry.name))
                              .arg(file.getZipError()));
    QByteArray data;
    data.reserve(qsizetype(std::min<qint64>(entry.size, m_limits.maxEntryBytes)));
    char buffer[64 * 1024];
    // The declared size may lie: the limits hold for what actually comes out of the inflater.
    for (qint64 n; (n = file.read(buffer, sizeof buffer)) > 0;) {
        if (data.size() + n > entry.size || data.size() + n > m_limits.maxEntryBytes
            || m_inflated + n > m_limits.maxTotalBytes)
            return R::failure(
                QCoreApplication::translate("SafeZipReader",
                                            "%1: the entry inflates to more than it declares (%2 bytes); refused")
                    .arg(where(entry.name))
                    .arg(entry.size));
        data.append(buffer, qsizetype(n));
        m_inflated += n;
    }
    file.close();
    if (file.getZipError() != UNZ_OK || data.size() != entry.size)
        return R::failure(QCoreApplication::translate(
                              "SafeZipReader", "%1: the entry is damaged or truncated at byte %2 of %3 (error %4)")
                              .arg(where(entry.name))
                              .arg(data.size())
                              .arg(entry.size)
                              .arg(file.getZipError()));
    return data;
}

} // namespace steward
