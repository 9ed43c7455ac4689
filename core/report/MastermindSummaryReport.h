// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "report/ReportContent.h"
#include "report/ReportOptions.h"

namespace steward {

class Database;
struct MastermindGroup;
struct ReportScope;

/**
 * A mastermind group's summary: members with attendance and hot-seat turns, the turns of the period,
 * goals with their latest progress and the check-ins. Check-ins' confidential notes are left out
 * unless ReportOptions::includeConfidential is set for this one export.
 */
class MastermindSummaryReport
{
public:
    static Result<ReportContent>
    build(const Database& database, const QString& groupName, const ReportOptions& options, const Clock& clock);

private:
    static Result<ReportSection> membersSection(const ReportScope& scope, const MastermindGroup& group);
    static Result<ReportSection> turnsSection(const ReportScope& scope, const MastermindGroup& group);
    static Result<ReportSection> goalsSection(const ReportScope& scope, const MastermindGroup& group);
};

} // namespace steward
