// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace steward {

/** One unfolded iCalendar content line: NAME;PARAM=VALUE:value (the value still escaped as in the file). */
struct IcsProperty
{
    QString name;
    QList<QPair<QString, QString>> parameters;
    QString value;

    QString parameter(const QString& parameterName) const
    {
        for (const auto& [key, parameterValue] : parameters) {
            if (key.compare(parameterName, Qt::CaseInsensitive) == 0)
                return parameterValue;
        }
        return {};
    }
};

} // namespace steward
