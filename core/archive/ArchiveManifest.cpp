// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArchiveManifest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace steward {

namespace {

Result<ArchiveEntry> entryFromJson(const QJsonValue& value)
{
    using R = Result<ArchiveEntry>;
    const QJsonObject object = value.toObject();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    ArchiveEntry entry{object.value(QLatin1String("name")).toString(),
                       qint64(object.value(QLatin1String("size")).toDouble(-1)),
                       object.value(QLatin1String("sha256")).toString().toLatin1()};
    if (!value.isObject() || entry.name.isEmpty() || entry.size < 0
        || !hex.match(QString::fromLatin1(entry.sha256)).hasMatch())
        return R::failure(QCoreApplication::translate(
            "ArchiveManifest", "manifest.json: an entry needs a name, a size and a SHA-256 in hex"));
    return entry;
}

} // namespace

QByteArray ArchiveManifest::toJson() const
{
    QJsonArray entryArray;
    for (const ArchiveEntry& e : entries)
        entryArray.append(QJsonObject{{QStringLiteral("name"), e.name},
                                      {QStringLiteral("size"), double(e.size)},
                                      {QStringLiteral("sha256"), QString::fromLatin1(e.sha256)}});
    QJsonObject counts;
    for (auto it = tableCounts.cbegin(); it != tableCounts.cend(); ++it)
        counts.insert(it.key(), double(it.value()));
    const QJsonObject root{{QStringLiteral("format_version"), formatVersion},
                           {QStringLiteral("schema_version"), schemaVersion},
                           {QStringLiteral("app_version"), appVersion},
                           {QStringLiteral("created"), created.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("entries"), entryArray},
                           {QStringLiteral("table_counts"), counts}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ArchiveManifest> ArchiveManifest::fromJson(const QByteArray& json)
{
    using R = Result<ArchiveManifest>;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return R::failure(
            QCoreApplication::translate("ArchiveManifest", "manifest.json is not valid JSON (at offset %1: %2)")
                .arg(error.offset)
                .arg(error.errorString()));
    const QJsonObject root = document.object();
    ArchiveManifest manifest;
    manifest.formatVersion = root.value(QLatin1String("format_version")).toInt(0);
    manifest.schemaVersion = root.value(QLatin1String("schema_version")).toInt(0);
    manifest.appVersion = root.value(QLatin1String("app_version")).toString();
    manifest.created = QDateTime::fromString(root.value(QLatin1String("created")).toString(), Qt::ISODate);
    if (manifest.formatVersion < 1)
        return R::failure(QCoreApplication::translate("ArchiveManifest", "manifest.json: format_version is missing"));
    if (manifest.formatVersion > kFormatVersion)
        return R::failure(QCoreApplication::translate(
                              "ArchiveManifest",
                              "The archive was written by a newer Steward (archive format %1; this version reads "
                              "up to %2). Update Steward to restore it.")
                              .arg(manifest.formatVersion)
                              .arg(kFormatVersion));
    if (manifest.schemaVersion < 1 || !root.value(QLatin1String("entries")).isArray())
        return R::failure(
            QCoreApplication::translate("ArchiveManifest", "manifest.json: schema_version or entries is missing"));
    for (const QJsonValue& value : root.value(QLatin1String("entries")).toArray()) {
        auto entry = entryFromJson(value);
        if (!entry)
            return R::failure(entry.errorString());
        manifest.entries.append(*entry);
    }
    const QJsonObject counts = root.value(QLatin1String("table_counts")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        manifest.tableCounts.insert(it.key(), qint64(it.value().toDouble(-1)));
    return manifest;
}

const ArchiveEntry* ArchiveManifest::entry(const QString& name) const
{
    for (const ArchiveEntry& e : entries) {
        if (e.name == name)
            return &e;
    }
    return nullptr;
}

} // namespace steward
