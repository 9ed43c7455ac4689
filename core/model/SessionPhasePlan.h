// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/SessionFormat.h"
#include "model/SessionPhase.h"

#include <QList>

namespace steward {

/**
 * The built-in phase plans, one per format (think -> pair -> share; check-in -> hot seats -> check-out, ...).
 * A new session gets its format's plan fitted to its length; the facilitator edits it per session.
 */
class SessionPhasePlan
{
public:
    /** The plan at the format's usual length (phases in order). */
    static QList<SessionPhase> defaultFor(SessionFormat format);
    /** The usual length of a session of this format: the sum of its default phases. */
    static int usualMinutes(SessionFormat format);
    /**
     * The phases scaled to last `minutes` in total (largest remainders, so the sum is exact), each at least
     * one minute; with fewer minutes than phases every phase keeps one minute.
     */
    static QList<SessionPhase> fitted(const QList<SessionPhase>& phases, int minutes);
};

} // namespace steward
