// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStringList>

namespace steward {

/** Which interactions make a network: one community, an optional window of days, kinds, platforms, channels. */
struct InteractionFilter
{
    qint64 communityId = 0;
    QDate from;            // first day included; null: from the beginning
    QDate to;              // last day included; null: to the end
    QStringList kinds;     // empty: all
    QStringList platforms; // empty: all
    QStringList channels;  // empty: all

    bool hasWindow() const { return from.isValid() || to.isValid(); }
};

} // namespace steward
