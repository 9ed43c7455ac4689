// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Progress.h"
#include "common/Result.h"
#include "report/ReportScope.h"

namespace steward {

struct NetworkComparisonResult;

/**
 * Before and after each intervention of the period: the network in the kDays days before its date
 * and the kDays days from it, side by side (NetworkComparison), with the new brokers.
 */
class InterventionSection
{
public:
    static constexpr int kDays = 90;

    static Result<ReportSectionResult> build(const ReportScope& scope, Progress& progress = Progress::none());

private:
    static ReportTable compared(const NetworkComparisonResult& c);
};

} // namespace steward
