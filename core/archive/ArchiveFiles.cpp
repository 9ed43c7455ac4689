// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArchiveFiles.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QIODevice>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <filesystem>
#include <system_error>

namespace steward {

namespace {

/** A read-only QSQLITE connection of its own, removed when it goes out of scope. */
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString& path)
        : m_name(QStringLiteral("archive-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_open = db.open();
        m_error = db.lastError().text();
    }
    ~ReadOnlyConnection()
    {
        { // the handle must be gone before the connection is removed
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ReadOnlyConnection(const ReadOnlyConnection&) = delete;
    ReadOnlyConnection& operator=(const ReadOnlyConnection&) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    /** The single value of a one-row query, or a failure naming the query. */
    Result<QVariant> value(const QString& sql) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next())
            return Result<QVariant>::failure(query.lastError().text());
        return query.value(0);
    }
    Result<QStringList> tables() const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE "
                                       "'CREATE VIRTUAL%' ORDER BY name")))
            return Result<QStringList>::failure(query.lastError().text());
        QStringList names;
        while (query.next())
            names.append(query.value(0).toString());
        return names;
    }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

QString quoted(const QString& identifier)
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

Result<QByteArray> ArchiveFiles::sha256(QIODevice& device, qint64& size, qint64 total, Progress& progress)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    size = 0;
    for (;;) {
        const qint64 n = device.read(buffer.data(), buffer.size());
        if (n < 0)
            return Result<QByteArray>::failure(device.errorString());
        if (n == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        size += n;
        if (total > 0 && size > total) // more than the archive declared: stop reading a lying entry
            break;
        progress.report(size, total, QCoreApplication::translate("ArchiveFiles", "Checking"));
        if (progress.isCanceled())
            return Result<QByteArray>::failure(QCoreApplication::translate("ArchiveFiles", "Canceled."));
    }
    return hash.result().toHex();
}

Result<QMap<QString, qint64>> ArchiveFiles::tableCounts(const QString& sqlitePath)
{
    using R = Result<QMap<QString, qint64>>;
    ReadOnlyConnection connection(sqlitePath);
    if (!connection.isOpen())
        return R::failure(connection.error());
    auto tables = connection.tables();
    if (!tables)
        return R::failure(tables.errorString());
    QMap<QString, qint64> counts;
    for (const QString& table : std::as_const(*tables)) {
        auto count = connection.value(QStringLiteral("SELECT count(*) FROM ") + quoted(table));
        if (!count)
            return R::failure(count.errorString());
        counts.insert(table, count->toLongLong());
    }
    return counts;
}

Result<int> ArchiveFiles::checkedSchemaVersion(const QString& sqlitePath)
{
    using R = Result<int>;
    ReadOnlyConnection connection(sqlitePath);
    auto id = connection.isOpen() ? connection.value(QStringLiteral("PRAGMA application_id"))
                                  : Result<QVariant>::failure(connection.error());
    if (!id || id->toLongLong() != Database::kApplicationId)
        return R::failure(
            QCoreApplication::translate("ArchiveFiles", "The archived database is not a Steward workspace."));
    auto check = connection.value(QStringLiteral("PRAGMA integrity_check"));
    if (!check || check->toString() != QLatin1String("ok"))
        return R::failure(QCoreApplication::translate("ArchiveFiles", "The archived database is damaged: %1")
                              .arg(check ? check->toString() : check.errorString()));
    auto version = connection.value(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return R::failure(version.errorString());
    return version->toInt();
}

Status ArchiveFiles::replace(const QString& from, const QString& to)
{
    std::error_code error;
    std::filesystem::rename(from.toStdString(), to.toStdString(), error);
    if (error)
        return Status::failure(QCoreApplication::translate("ArchiveFiles", "Could not move '%1' to '%2': %3")
                                   .arg(from, to, QString::fromStdString(error.message())));
    return {};
}

} // namespace steward
