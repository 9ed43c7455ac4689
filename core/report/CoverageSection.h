// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "report/ReportScope.h"

namespace steward {

/**
 * Micro-teach, hot-seat and on-call coverage: per stored rotation of the community (and of its
 * mastermind groups), the seats that fell in the period, how many were done, skipped or left empty,
 * and how many of the eligible people took one. Read-only SQL on rotation_plan/rotation_seat.
 */
class CoverageSection
{
public:
    static Result<ReportSectionResult> build(const ReportScope& scope);
};

} // namespace steward
