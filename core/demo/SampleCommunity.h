// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Result.h"

namespace steward {

class Database;

/** What the sample generator wrote, for messages and tests. */
struct SampleSummary
{
    int people = 0;
    int communities = 0;
    int memberships = 0;
    int levelChanges = 0;
};

/**
 * The deterministic sample workspace: ~120 people in 8 teams and 3 departments, 3 communities with
 * members at every level and a year of level history. Same seed and clock, same database.
 * Later features add their own step to steps() so the sample grows with the product.
 */
class SampleCommunity
{
public:
    static constexpr quint64 kDefaultSeed = 2026;

    /** Fills an empty database in one transaction; refuses a database that already holds people. */
    static Result<SampleSummary>
    create(Database& database, quint64 seed = kDefaultSeed, const Clock& clock = Clock::system());
};

} // namespace steward
