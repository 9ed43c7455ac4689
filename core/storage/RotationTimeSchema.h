// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace steward {

/**
 * Schema step 9: the time of day a rotation's meetings (or on-call handovers) start and how long a
 * meeting lasts, so calendar exports carry the real time instead of a fixed morning hour.
 */
QStringList rotationTimeSchema();

} // namespace steward
