// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace steward {

/**
 * Schema version 2: mastermind groups and their members, absences, and stored rotation plans (hot
 * seats, micro-teach slots, on-call shifts) with their seats.
 */
QStringList rotationSchema();

} // namespace steward
