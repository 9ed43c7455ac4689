// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDate>

namespace steward {

class Database;
class SeededRandom;

/** What the rotation step of the sample wrote, for tests. */
struct SampleRotationSummary
{
    int groups = 0;
    int absences = 0;
    int plans = 0;
    int seats = 0;
};

/**
 * The sample's rotations, a step of SampleCommunity: two mastermind groups with a year of hot seats
 * (past turns held, most done, a few skipped or swapped), absences, a weekly micro-teach series with
 * topics and a weekly on-call rotation. Reads the communities and members the earlier steps wrote;
 * every choice comes from `random`, so the same seed and day give the same rotations.
 */
class SampleRotations
{
public:
    static Result<SampleRotationSummary> create(Database& database, SeededRandom& random, QDate today);

    /** SampleCommunity's step: any context holding `database`, `random` and `today` (its struct stays private). */
    template <typename Context> static Status step(Context& context)
    {
        auto summary = create(context.database, context.random, context.today);
        return summary ? Status() : Status::failure(summary.errorString());
    }
};

} // namespace steward
