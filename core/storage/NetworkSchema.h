// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace steward {

/**
 * Schema version 4: what the network analysis reads - interactions between people, the import
 * batches they came in (and the people and memberships a batch created, so it can be undone),
 * interventions in a community, and outcomes imported per person.
 */
QStringList networkSchema();

} // namespace steward
