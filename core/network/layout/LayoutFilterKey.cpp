// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayoutFilterKey.h"

namespace steward {

namespace {

// Sorted and lower-cased, so the order the steward ticked boxes in does not make a new layout.
QString canonical(QStringList values)
{
    for (QString& v : values)
        v = v.trimmed().toLower();
    values.removeAll(QString());
    values.sort();
    values.removeDuplicates();
    return values.isEmpty() ? QStringLiteral("*") : values.join(QLatin1Char(','));
}

} // namespace

QString LayoutFilterKey::of(const InteractionFilter& filter, bool weighted)
{
    return QStringLiteral("kinds=%1;platforms=%2;channels=%3;weighted=%4")
        .arg(canonical(filter.kinds),
             canonical(filter.platforms),
             canonical(filter.channels),
             weighted ? QStringLiteral("1") : QStringLiteral("0"));
}

} // namespace steward
