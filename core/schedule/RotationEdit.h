// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/RotationChange.h"
#include "schedule/RotationPlan.h"

namespace steward {

/** The outcome of a hand edit: the plan after it (violations reviewed again) and the record that undoes it. */
struct RotationEdit
{
    RotationPlan plan;
    RotationChange change;
};

} // namespace steward
