// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Progress.h"
#include "common/Result.h"
#include "report/ReportContent.h"
#include "report/ReportOptions.h"

namespace steward {

class Database;
struct NetworkSnapshot;
struct ReportScope;

/** The network report: the picture, the findings, the metrics table per person and the before/after comparisons. */
class NetworkReport
{
public:
    static Result<ReportContent> build(const Database& database,
                                       const QString& communityName,
                                       const ReportOptions& options,
                                       const Clock& clock,
                                       Progress& progress = Progress::none());

private:
    static ReportSection metricsSection(const ReportScope& scope, const NetworkSnapshot& snapshot);
    static ReportSection corePeripherySection(const ReportScope& scope, const NetworkSnapshot& snapshot);
};

} // namespace steward
