// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include <QFileInfo>
#include <QHash>
#include <QSettings>

namespace steward {

namespace {

struct Directive
{
    QString path;
    QVariant defaultValue;
};

const Directive& directive(AppSettings::Key key)
{
    using Key = AppSettings::Key;
    static const QHash<Key, Directive> directives = {
        {Key::MainWindowGeometry, {QStringLiteral("MainWindow/Geometry"), QByteArray()}},
        {Key::MainWindowState, {QStringLiteral("MainWindow/State"), QByteArray()}},
        {Key::CurrentPage, {QStringLiteral("MainWindow/CurrentPage"), 0}},
        {Key::LastFile, {QStringLiteral("Files/LastFile"), QString()}},
        {Key::RecentFiles, {QStringLiteral("Files/RecentFiles"), QStringList()}},
        {Key::AutomaticBackups, {QStringLiteral("Files/AutomaticBackups"), 5}},
    };
    return directives.find(key).value();
}

QString normalizedPath(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

AppSettings::AppSettings(QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
}

AppSettings::AppSettings(const QString& iniFile, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QVariant AppSettings::get(Key key) const
{
    const Directive& d = directive(key);
    QVariant value = m_settings->value(d.path, d.defaultValue);
    // INI files store a one-element list as a plain string; give callers the type they expect.
    if (value.metaType() != d.defaultValue.metaType() && value.canConvert(d.defaultValue.metaType()))
        value.convert(d.defaultValue.metaType());
    return value;
}

void AppSettings::set(Key key, const QVariant& value)
{
    const Directive& d = directive(key);
    if (m_settings->value(d.path, d.defaultValue) == value)
        return;
    m_settings->setValue(d.path, value);
    emit changed(key);
}

void AppSettings::reset(Key key)
{
    const Directive& d = directive(key);
    if (!m_settings->contains(d.path))
        return;
    m_settings->remove(d.path);
    emit changed(key);
}

QStringList AppSettings::recentFiles() const
{
    return get(Key::RecentFiles).toStringList().mid(0, kMaxRecentFiles);
}

void AppSettings::addRecentFile(const QString& path)
{
    const QString file = normalizedPath(path);
    QStringList files = recentFiles();
    files.removeAll(file);
    files.prepend(file);
    set(Key::RecentFiles, files.mid(0, kMaxRecentFiles));
    set(Key::LastFile, file);
}

void AppSettings::removeRecentFile(const QString& path)
{
    const QString file = normalizedPath(path);
    QStringList files = recentFiles();
    if (files.removeAll(file) > 0)
        set(Key::RecentFiles, files);
    if (get(Key::LastFile).toString() == file)
        reset(Key::LastFile);
}

void AppSettings::clearRecentFiles()
{
    reset(Key::RecentFiles);
}

} // namespace steward
