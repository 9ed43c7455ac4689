// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/InteractionFilter.h"

#include <QString>

namespace steward {

/**
 * The text a cached layout is found by. Only the filters that change which ties exist over the whole
 * history count (kinds, platforms, channels, weighting): the time window, minimum weight, isolates
 * and k-core only hide people and ties, so one layout serves them all and a person stays where they
 * are while the steward steps through months or compares before and after.
 */
class LayoutFilterKey
{
public:
    static QString of(const InteractionFilter& filter, bool weighted = false);
};

} // namespace steward
