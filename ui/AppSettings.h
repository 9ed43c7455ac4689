// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QVariant>

#include <memory>

class QSettings;

namespace steward {

/**
 * The application's persistent settings behind one typed key enum: every key has its one path and
 * default here, nowhere else (after KeePassXC's Config).
 */
class AppSettings : public QObject
{
    Q_OBJECT

public:
    enum class Key
    {
        MainWindowGeometry,
        MainWindowState,
        CurrentPage,
        LastFile,
        RecentFiles,
        AutomaticBackups, // how many rolling backups to keep per workspace; 0 turns them off
    };

    static constexpr int kMaxRecentFiles = 8;

    /** The user's settings (QSettings for the application's organisation and name). */
    explicit AppSettings(QObject* parent = nullptr);
    /** Settings kept in an INI file of their own (tests, portable use). */
    explicit AppSettings(const QString& iniFile, QObject* parent = nullptr);
    ~AppSettings() override;

    QVariant get(Key key) const;
    void set(Key key, const QVariant& value);
    void reset(Key key);

    /** The recently opened files, most recent first, at most kMaxRecentFiles. */
    QStringList recentFiles() const;
    /** Puts the file first in the recent list (absolute path, no duplicates) and makes it the last file. */
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);
    void clearRecentFiles();

signals:
    void changed(steward::AppSettings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace steward
