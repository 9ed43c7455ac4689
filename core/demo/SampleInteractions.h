// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDate>

namespace steward {

class Database;
class SeededRandom;

/** What the interaction step of the sample wrote, for tests. */
struct SampleInteractionSummary
{
    int interactions = 0;
    int interventions = 0;
    int outcomes = 0;
};

/**
 * The sample's interaction history, a step of SampleCommunity: a year of replies, mentions, reviews
 * and advice-survey answers in each community, with one intervention each about four months ago.
 * Before it, people mostly talk within their own team and one steward gives most of the answers in
 * the channel; after it, ties cross teams, the answers spread, and three people from the edge
 * (observers or peripheral members) become central. Also engagement and time-to-proficiency
 * outcomes per member. Reads the communities and members the earlier steps wrote; every choice comes
 * from `random`, so the same seed and day give the same history.
 */
class SampleInteractions
{
public:
    static Result<SampleInteractionSummary> create(Database& database, SeededRandom& random, QDate today);

    /** SampleCommunity's step: any context holding `database`, `random` and `today` (its struct stays private). */
    template <typename Context> static Status step(Context& context)
    {
        auto summary = create(context.database, context.random, context.today);
        return summary ? Status() : Status::failure(summary.errorString());
    }
};

} // namespace steward
