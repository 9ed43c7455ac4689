// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace steward {

/**
 * Schema 11: a recognition outlives the person who gave it. Schema 8 set giver_id to NULL when the giver was
 * deleted but also required a giver on every given recognition, so deleting anyone who had given a shout-out
 * or confirmed a badge failed. SQLite cannot drop a CHECK in place: the table is rebuilt with the same rows
 * and ids. That a new recognition names its giver is checked by RecognitionRepository, as before.
 */
QStringList recognitionGiverSchema();

} // namespace steward
