// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/Migration.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace steward {

/**
 * One open Steward workspace file: a named QSQLITE connection with the storage pragmas set,
 * checked to be ours and migrated to the current schema. Never asks the user anything.
 */
class Database
{
public:
    enum class OpenMode
    {
        CreateIfMissing,
        ExistingOnly,
    };

    /** 'STWD': marks a file as a Steward workspace in the SQLite header. */
    static constexpr qint32 kApplicationId = 0x53545744;

    static Result<std::unique_ptr<Database>> open(const QString& path,
                                                  OpenMode mode = OpenMode::CreateIfMissing,
                                                  const QList<Migration>& migrations = stewardMigrations());
    /** The schema version this build writes. */
    static int currentSchemaVersion();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }
    /** Where the pre-migration copy was written during open(), empty if no migration ran. */
    QString backupPath() const { return m_backupPath; }
    /** "ok" when PRAGMA integrity_check finds nothing, else its findings joined by newlines. */
    Result<QString> integrityCheck() const;

private:
    Database(QString path, QString connectionName);
    static Result<std::unique_ptr<Database>> connect(const QString& absolutePath, const QString& extraOptions);
    /** Judges an existing file without writing to it: identity and version, on a read-only connection. */
    static Status inspect(const QString& absolutePath, int latestVersion);
    Status checkIdentity(int latestVersion);
    Status applyPragmas();
    Status writeBackup();
    Status migrate(const QList<Migration>& migrations);

    QString m_path;
    QString m_connectionName;
    int m_schemaVersion = 0;
    QString m_backupPath;
};

} // namespace steward
