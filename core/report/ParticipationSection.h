// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "report/ReportScope.h"

namespace steward {

/**
 * Participation levels at the start and end of the period, the moves between them, who moved toward
 * the core, and membership by department and team (small groups suppressed). Read-only SQL.
 */
class ParticipationSection
{
public:
    /** A member at the edge with no level change for this many days counts as stuck. */
    static constexpr int kStuckDays = 180;

    static Result<ReportSectionResult> build(const ReportScope& scope);

private:
    static Result<QList<int>> levelCounts(const ReportScope& scope, const QDate& day);
    static Status addMoves(const ReportScope& scope, ReportSectionResult& result);
    static Status addStuck(const ReportScope& scope, ReportSectionResult& result);
    static Status addGroups(const ReportScope& scope, const QString& column, const QString& label, ReportSection& s);
    static void addLevels(const QList<int>& start, const QList<int>& end, ReportSectionResult& result);
};

} // namespace steward
