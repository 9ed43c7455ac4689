// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "report/ReportScope.h"

namespace steward {

/** Finds the community a report is about, settles the period and how people are named. */
class ReportScopeLoader
{
public:
    static Result<ReportScope> forCommunity(const Database& database,
                                            const QString& communityName,
                                            const ReportOptions& options,
                                            const Clock& clock);
    /** The community of a known id (mastermind groups, sessions). */
    static Result<ReportScope>
    forCommunityId(const Database& database, qint64 communityId, const ReportOptions& options, const Clock& clock);
};

} // namespace steward
