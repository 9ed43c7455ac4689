// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/NetworkSnapshot.h"
#include "report/ReportScope.h"

namespace steward {

/** How network position goes with imported outcomes (Spearman, with n and the caveat), where outcomes exist. */
class OutcomesSection
{
public:
    static ReportSectionResult build(const NetworkSnapshot& snapshot);
};

} // namespace steward
