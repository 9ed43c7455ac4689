// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonFields.h"

#include "import/activity/JsonInput.h"

#include <QCoreApplication>

namespace steward {

void JsonFields::bad(QLatin1StringView field, const char* type)
{
    if (m_badField.isEmpty()) {
        m_badField = QString(field);
        m_expected = type;
    }
}

QString JsonFields::string(QLatin1StringView field)
{
    const QJsonValue value = m_object.value(field);
    if (value.isString())
        return value.toString();
    if (!value.isUndefined() && !value.isNull())
        bad(field, QT_TRANSLATE_NOOP("JsonFields", "a string"));
    return {};
}

bool JsonFields::boolean(QLatin1StringView field)
{
    const QJsonValue value = m_object.value(field);
    if (value.isBool())
        return value.toBool();
    if (!value.isUndefined() && !value.isNull())
        bad(field, QT_TRANSLATE_NOOP("JsonFields", "true or false"));
    return false;
}

QJsonObject JsonFields::object(QLatin1StringView field)
{
    const QJsonValue value = m_object.value(field);
    if (value.isObject())
        return value.toObject();
    if (!value.isUndefined() && !value.isNull())
        bad(field, QT_TRANSLATE_NOOP("JsonFields", "an object"));
    return {};
}

QJsonArray JsonFields::array(QLatin1StringView field)
{
    const QJsonValue value = m_object.value(field);
    if (value.isArray())
        return value.toArray();
    if (!value.isUndefined() && !value.isNull())
        bad(field, QT_TRANSLATE_NOOP("JsonFields", "an array"));
    return {};
}

double JsonFields::number(QLatin1StringView field, double fallback)
{
    const QJsonValue value = m_object.value(field);
    if (value.isDouble())
        return value.toDouble();
    if (!value.isUndefined() && !value.isNull())
        bad(field, QT_TRANSLATE_NOOP("JsonFields", "a number"));
    return fallback;
}

QString JsonFields::id(QLatin1StringView field)
{
    const QJsonValue value = m_object.value(field);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (!value.isUndefined() && !value.isNull())
        bad(field, QT_TRANSLATE_NOOP("JsonFields", "a string or a number"));
    return {};
}

QString JsonFields::problem() const
{
    if (m_badField.isEmpty())
        return {};
    return QCoreApplication::translate("JsonFields", "'%1' should be %2")
        .arg(m_badField, QCoreApplication::translate("JsonFields", m_expected));
}

Status JsonFields::status(const QString& where) const
{
    if (m_badField.isEmpty())
        return {};
    return Status::failure(
        JsonInput::wrongType(where, m_badField, QCoreApplication::translate("JsonFields", m_expected)));
}

} // namespace steward
