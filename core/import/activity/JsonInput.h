// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace steward {

/** Parsing untrusted JSON: errors name the entry and the byte offset. Invalid UTF-8 is a parse error too. */
class JsonInput
{
public:
    static Result<QJsonDocument> parse(const QByteArray& data, const QString& entry);
    static Result<QJsonArray> parseArray(const QByteArray& data, const QString& entry);
    /** "WHERE: 'FIELD' should be TYPE". */
    static QString wrongType(const QString& where, const QString& field, const QString& type);
    /** "WHERE: 'FIELD' is missing or empty". */
    static QString missing(const QString& where, const QString& field);
    /** An ISO-8601 date-time with an offset as a UTC instant (YYYY-MM-DDTHH:MM:SSZ); empty when invalid. */
    static QString utcInstant(const QString& text);
};

} // namespace steward
