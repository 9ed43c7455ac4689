// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDate>

namespace steward {

class Database;
class SeededRandom;

/** What the sessions step of the sample wrote, for tests. */
struct SampleSessionSummary
{
    int sessions = 0;
    int series = 0;
    int attendance = 0;
    int pairedOccurrences = 0;
};

/**
 * The sample's sessions, a step of SampleCommunity: about a year (nine months back, three ahead) of every
 * format across the sample's communities - fortnightly incident retrospectives, monthly case rounds, demo days
 * and practice sharing, a weekly micro-teach, a quarterly confidential mastermind, a PBL cycle, one-off AMAs,
 * peer reviews, decision walkthroughs and think-pair-share workshops. Series have a moved and a cancelled
 * occurrence; past occurrences have attendance; past think-pair-share sessions have stored pairs. Reads the
 * communities and members earlier steps wrote; every choice comes from `random`.
 */
class SampleSessions
{
public:
    static Result<SampleSessionSummary> create(Database& database, SeededRandom& random, QDate today);

    /** SampleCommunity's step: any context holding `database`, `random` and `today` (its struct stays private). */
    template <typename Context> static Status step(Context& context)
    {
        auto summary = create(context.database, context.random, context.today);
        return summary ? Status() : Status::failure(summary.errorString());
    }
};

} // namespace steward
