// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace steward {

/**
 * Schema step 8: the repertoire (artefacts, versions, tags, authors, full-text index, feedback
 * templates, reviews), participation pathways (criteria, review cadence, staff, promotion proposals)
 * and recognition (badges, shout-outs, leaderboard opt-in).
 */
QStringList repertoireSchema();

} // namespace steward
