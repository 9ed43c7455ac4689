// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "report/ReportScope.h"

namespace steward {

/** Shout-outs and badges given in the period, and who received them. Read-only SQL. */
class RecognitionSection
{
public:
    static Result<ReportSectionResult> build(const ReportScope& scope);
};

} // namespace steward
