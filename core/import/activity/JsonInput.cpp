// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonInput.h"

#include <QCoreApplication>
#include <QDateTime>

namespace steward {

Result<QJsonDocument> JsonInput::parse(const QByteArray& data, const QString& entry)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<QJsonDocument>::failure(
            QCoreApplication::translate("JsonInput", "%1: invalid JSON at byte %2: %3")
                .arg(entry)
                .arg(error.offset)
                .arg(error.errorString()));
    return document;
}

Result<QJsonArray> JsonInput::parseArray(const QByteArray& data, const QString& entry)
{
    auto document = parse(data, entry);
    if (!document)
        return Result<QJsonArray>::failure(document.errorString());
    if (!document->isArray())
        return Result<QJsonArray>::failure(
            QCoreApplication::translate("JsonInput", "%1: expected a JSON array at the top level").arg(entry));
    return document->array();
}

QString JsonInput::wrongType(const QString& where, const QString& field, const QString& type)
{
    return QCoreApplication::translate("JsonInput", "%1: '%2' should be %3").arg(where, field, type);
}

QString JsonInput::missing(const QString& where, const QString& field)
{
    return QCoreApplication::translate("JsonInput", "%1: '%2' is missing or empty").arg(where, field);
}

QString JsonInput::utcInstant(const QString& text)
{
    const QDateTime instant = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!instant.isValid() || instant.timeSpec() == Qt::LocalTime)
        return {};
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

} // namespace steward
