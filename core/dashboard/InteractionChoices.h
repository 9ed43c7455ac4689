// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDate>
#include <QStringList>

namespace steward {

class Database;

/** What a community's interactions offer the network filters: channels in use and the span of days. */
struct InteractionChoices
{
    QStringList channels; // sorted, '' left out
    QDate first;
    QDate last;

    static Result<InteractionChoices> of(const Database& database, qint64 communityId);
};

} // namespace steward
