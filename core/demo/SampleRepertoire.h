// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDate>

namespace steward {

class Database;
class SeededRandom;

/** What the repertoire step of the sample wrote, for tests. */
struct SampleRepertoireSummary
{
    int artefacts = 0;
    int versions = 0;
    int reviews = 0;
    int proposals = 0;
    int recognitions = 0;
};

/**
 * The sample's living repertoire, a step of SampleCommunity: about ten artefacts of every kind per
 * community with versions, tags, authors and reviews against a shared template, drafts from sessions'
 * learnings, pathway criteria and settings per community (one opts in to a leaderboard), a steward marked
 * as staff, the promotions the pathway proposes from the year's activity, shout-outs, badges and the
 * badges activity earned, proposed. Reads what earlier steps wrote; every choice comes from `random`.
 */
class SampleRepertoire
{
public:
    static Result<SampleRepertoireSummary> create(Database& database, SeededRandom& random, QDate today);

    /** SampleCommunity's step: any context holding `database`, `random` and `today`. */
    template <typename Context> static Status step(Context& context)
    {
        auto summary = create(context.database, context.random, context.today);
        return summary ? Status() : Status::failure(summary.errorString());
    }
};

} // namespace steward
