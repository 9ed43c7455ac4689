// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "report/PersonNames.h"
#include "report/ReportContent.h"
#include "report/ReportOptions.h"

namespace steward {

class Database;

/**
 * A session's run sheet for the facilitator, on one page: when and where, the phases with their start
 * times and prompts, who holds which role, and the pairs or groups of each round for one occurrence.
 */
class RunSheetReport
{
public:
    /** day: the occurrence; null: the latest one with pairs, else with attendance, else the first. */
    static Result<ReportContent> build(
        const Database& database, qint64 sessionId, const QDate& day, const ReportOptions& options, const Clock& clock);

private:
    static Result<QDate> defaultDay(const Database& database, qint64 sessionId, const QDate& first);
    static Status addPhases(const Database& database, qint64 sessionId, const QTime& start, ReportSection& s);
    static Status
    addRoles(const Database& database, qint64 sessionId, const QDate& day, const PersonNames& names, ReportSection& s);
    static Status
    addPairs(const Database& database, qint64 sessionId, const QDate& day, const PersonNames& names, ReportSection& s);
};

} // namespace steward
