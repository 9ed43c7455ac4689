// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/RotationMeeting.h"
#include "schedule/RotationViolation.h"

#include <QList>

namespace steward {

struct RotationRequest;

/**
 * Checks a plan against its request and says, per meeting, which rule it breaks and why. The
 * engine runs it after generating and after every edit, so no broken rule goes unreported.
 */
class RotationReview
{
public:
    /** request must be valid and meetings must follow request.meetings one for one. */
    static QList<RotationViolation> violations(const RotationRequest& request, const QList<RotationMeeting>& meetings);
};

} // namespace steward
