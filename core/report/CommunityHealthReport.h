// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Progress.h"
#include "common/Result.h"
#include "report/ReportContent.h"
#include "report/ReportOptions.h"

namespace steward {

class Database;
struct ReportScope;
struct ReportSectionResult;

/**
 * The community health report for a leader: cover, a plain-language summary (what changed, what needs
 * attention), participation, sessions, micro-teach and hot-seat coverage, artefacts and reviews,
 * recognition, the network summary, before/after of interventions, the outcome overlay and an
 * appendix. Each section says in one line when its data is absent.
 */
class CommunityHealthReport
{
public:
    static Result<ReportContent> build(const Database& database,
                                       const QString& communityName,
                                       const ReportOptions& options,
                                       const Clock& clock,
                                       Progress& progress = Progress::none());

private:
    static Result<QList<ReportSectionResult>> sections(const ReportScope& scope, Progress& progress);
    static ReportSection summary(const QList<ReportSectionResult>& parts);
};

} // namespace steward
