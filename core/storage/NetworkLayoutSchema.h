// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace steward {

/**
 * Schema version 7: cached network layouts. One layout per community and filter key (the filters
 * that decide which people and ties are drawn), with every person's position and whether the
 * steward dragged it there (a dragged position survives a re-layout of the others).
 */
QStringList networkLayoutSchema();

} // namespace steward
