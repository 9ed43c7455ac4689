// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace steward {

namespace {

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("steward-%1").arg(++counter);
}

// Checked before SQLite sees the file, so a foreign file is never touched.
bool hasSqliteHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

Result<qint64> pragmaValue(const QSqlDatabase& db, const QString& pragma)
{
    auto query = runQuery(db, QStringLiteral("PRAGMA ") + pragma);
    if (!query)
        return Result<qint64>::failure(query.errorString());
    if (!query->next())
        return Result<qint64>::failure(
            QCoreApplication::translate("Database", "The database did not answer PRAGMA %1.").arg(pragma));
    return query->value(0).toLongLong();
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::currentSchemaVersion()
{
    return stewardMigrations().constLast().toVersion;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode, const QList<Migration>& migrations)
{
    using R = Result<std::unique_ptr<Database>>;
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return R::failure(
            QCoreApplication::translate("Database", "'%1' is a folder, not a Steward database.").arg(path));
    if (!info.exists() && mode == OpenMode::ExistingOnly)
        return R::failure(QCoreApplication::translate("Database", "'%1' does not exist.").arg(path));
    if (info.exists() && info.size() > 0 && !hasSqliteHeader(path))
        return R::failure(
            QCoreApplication::translate("Database", "'%1' is not a Steward database (it is not an SQLite file).")
                .arg(path));
    if (!info.exists() && !info.absoluteDir().exists())
        return R::failure(
            QCoreApplication::translate("Database", "Cannot create '%1': the folder does not exist.").arg(path));

    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().toVersion;
    // An existing file is first judged through a read-only connection: refusing it must not even
    // checkpoint a WAL that a newer version left behind.
    if (info.exists() && info.size() > 0) {
        if (Status s = inspect(info.absoluteFilePath(), latest); !s)
            return R::failure(s.errorString());
    }
    auto connected = connect(info.absoluteFilePath(), {});
    if (!connected)
        return R::failure(connected.errorString());
    std::unique_ptr<Database> database = std::move(*connected);
    if (Status s = database->checkIdentity(latest); !s)
        return R::failure(s.errorString());
    if (Status s = database->applyPragmas(); !s)
        return R::failure(s.errorString());
    if (database->m_schemaVersion > 0 && database->m_schemaVersion < latest) {
        if (Status s = database->writeBackup(); !s)
            return R::failure(s.errorString());
    }
    if (Status s = database->migrate(migrations); !s)
        return R::failure(s.errorString());
    return R(std::move(database));
}

Result<std::unique_ptr<Database>> Database::connect(const QString& absolutePath, const QString& extraOptions)
{
    using R = Result<std::unique_ptr<Database>>;
    std::unique_ptr<Database> database(new Database(absolutePath, uniqueConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(absolutePath);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (!extraOptions.isEmpty())
        options += QLatin1Char(';') + extraOptions;
    db.setConnectOptions(options);
    if (!db.open())
        return R::failure(
            QCoreApplication::translate("Database", "Cannot open '%1': %2").arg(absolutePath, db.lastError().text()));
    return R(std::move(database));
}

Status Database::inspect(const QString& absolutePath, int latestVersion)
{
    const QString sharedMemory = absolutePath + QStringLiteral("-shm");
    const QString writeAheadLog = absolutePath + QStringLiteral("-wal");
    const bool hadSharedMemory = QFileInfo::exists(sharedMemory);
    const bool hadWriteAheadLog = QFileInfo::exists(writeAheadLog);
    Status verdict;
    {
        auto inspector = connect(absolutePath, QStringLiteral("QSQLITE_OPEN_READONLY"));
        verdict = inspector ? (*inspector)->checkIdentity(latestVersion) : Status::failure(inspector.errorString());
    }
    // A read-only connection over a WAL file creates an empty -wal and the -shm index but cannot remove
    // them; a refused file gets its folder back exactly as it was. No one else had it open: there was no index.
    if (!verdict && !hadSharedMemory) {
        if (!hadWriteAheadLog && QFileInfo(writeAheadLog).size() == 0)
            QFile::remove(writeAheadLog);
        QFile::remove(sharedMemory);
    }
    return verdict;
}

// Reads only: a file that is foreign or from a newer version must stay exactly as it was.
Status Database::checkIdentity(int latestVersion)
{
    const QSqlDatabase db = connection();
    const auto appId = pragmaValue(db, QStringLiteral("application_id"));
    if (!appId)
        return Status::failure(QCoreApplication::translate("Database", "'%1' is not a Steward database: %2")
                                   .arg(m_path, appId.errorString()));
    const auto version = pragmaValue(db, QStringLiteral("user_version"));
    auto tables = runQuery(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!version || !tables || !tables->next())
        return Status::failure(
            QCoreApplication::translate("Database", "'%1' cannot be read as a database.").arg(m_path));
    const bool empty = *appId == 0 && *version == 0 && tables->value(0).toLongLong() == 0;
    if (!empty && *appId != kApplicationId)
        return Status::failure(
            QCoreApplication::translate("Database", "'%1' is an SQLite file but not a Steward database.").arg(m_path));
    if (*version > latestVersion) {
        return Status::failure(QCoreApplication::translate(
                                   "Database",
                                   "'%1' was saved by a newer version of Steward (schema %2; this version reads up to "
                                   "%3). Update Steward to open it; the file was not changed.")
                                   .arg(m_path)
                                   .arg(*version)
                                   .arg(latestVersion));
    }
    m_schemaVersion = int(*version);
    return {};
}

Status Database::applyPragmas()
{
    const QSqlDatabase db = connection();
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
        if (auto q = runQuery(db, QString::fromLatin1(pragma)); !q)
            return Status::failure(q.errorString());
    }
    return {};
}

Status Database::writeBackup()
{
    const QString base = QStringLiteral("%1.v%2-backup").arg(m_path).arg(m_schemaVersion);
    QString target = base + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1-%2.sqlite").arg(base).arg(n);
    if (auto q = runQuery(connection(), QStringLiteral("VACUUM INTO ?"), {target}); !q)
        return Status::failure(
            QCoreApplication::translate("Database", "Could not write the backup '%1' before upgrading: %2")
                .arg(target, q.errorString()));
    m_backupPath = target;
    return {};
}

Status Database::migrate(const QList<Migration>& migrations)
{
    const QSqlDatabase db = connection();
    for (const Migration& step : migrations) {
        if (step.toVersion <= m_schemaVersion)
            continue;
        Transaction transaction(db);
        if (!transaction.isActive())
            return Status::failure(transaction.errorString());
        for (const QString& statement : step.statements) {
            if (auto q = runQuery(db, statement); !q)
                return Status::failure(QCoreApplication::translate("Database", "Upgrading to schema %1 failed: %2")
                                           .arg(step.toVersion)
                                           .arg(q.errorString()));
        }
        // PRAGMA takes no bound values; both numbers are ours, not user data.
        const QString stamp = QStringLiteral("PRAGMA user_version = %1").arg(step.toVersion);
        const QString appId = QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId);
        if (auto q = runQuery(db, stamp); !q)
            return Status::failure(q.errorString());
        if (auto q = runQuery(db, appId); !q)
            return Status::failure(q.errorString());
        if (Status s = transaction.commit(); !s)
            return s;
        m_schemaVersion = step.toVersion;
    }
    return {};
}

Result<QString> Database::integrityCheck() const
{
    auto query = runQuery(connection(), QStringLiteral("PRAGMA integrity_check"));
    if (!query)
        return Result<QString>::failure(query.errorString());
    QStringList findings;
    while (query->next())
        findings << query->value(0).toString();
    return findings.join(QLatin1Char('\n'));
}

} // namespace steward
