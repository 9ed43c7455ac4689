// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace steward {

/**
 * Schema version 5: mastermind goals and their check-ins (with confidential notes), rotation
 * opt-outs, the micro-teach topic backlog, seat artefacts, on-call response-time targets and the
 * rotating roles (facilitator, note-taker) of recurring sessions.
 */
QStringList accountabilitySchema();

} // namespace steward
