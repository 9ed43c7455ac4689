// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace steward {

/**
 * Schema version 3: sessions and their series (rule and exceptions), roles, phase plans, attendance per
 * occurrence, stored pairings with a "met" mark, and each community's do-not-pair list.
 */
QStringList sessionSchema();

} // namespace steward
