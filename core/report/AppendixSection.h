// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "report/ReportScope.h"

namespace steward {

/** The appendix of the community health report: every member at the end of the period. Read-only SQL. */
class AppendixSection
{
public:
    static Result<ReportSectionResult> build(const ReportScope& scope);
};

} // namespace steward
