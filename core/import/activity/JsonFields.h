// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace steward {

/**
 * Reads the fields of one untrusted JSON object with the types they must have. An absent or null field
 * reads as empty; a field of another type remembers the first such field, so the caller reports
 * "WHERE: 'ts' should be a string" once - and builds WHERE only then, which keeps a million messages fast.
 */
class JsonFields
{
public:
    explicit JsonFields(const QJsonObject& object)
        : m_object(object)
    {
    }

    QString string(QLatin1StringView field);
    bool boolean(QLatin1StringView field);
    QJsonObject object(QLatin1StringView field);
    QJsonArray array(QLatin1StringView field);
    /** A number, or fallback when absent. */
    double number(QLatin1StringView field, double fallback);
    /** A string or a number (ids some exporters write either way) as text. */
    QString id(QLatin1StringView field);

    bool ok() const { return m_badField.isEmpty(); }
    /** "'ts' should be a string" for the first wrong type; empty when every field had its type. */
    QString problem() const;
    /** The first wrong type as a failure naming where; success when every field had its type. */
    Status status(const QString& where) const;

private:
    void bad(QLatin1StringView field, const char* type);

    const QJsonObject m_object; // by value: callers pass temporaries, and copies are shared
    QString m_badField;
    const char* m_expected = "";
};

} // namespace steward
