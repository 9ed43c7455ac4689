// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "model/ParticipationLevel.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QStringList>

#include <array>
#include <optional>

namespace steward {

class Database;

/** How many members held each level at the end of one month (index = ParticipationLevel). */
struct MonthLevels
{
    QDate month; // the first day of the month
    std::array<int, 5> members{};
};

/** People who moved from one level to another within the period. */
struct LevelMove
{
    ParticipationLevel from = ParticipationLevel::Observer;
    ParticipationLevel to = ParticipationLevel::Observer;
    int count = 0;
};

/** Session occurrences held in one month, by format, and the attendance recorded for them. */
struct MonthSessions
{
    QDate month;
    QMap<QString, int> byFormat; // format key -> occurrences with attendance recorded
    int attended = 0;
    int recorded = 0; // attended + excused + absent
};

/** A community's year at a glance: members by level, moves between levels, sessions, attendance, output. */
struct CommunityTrends
{
    QList<MonthLevels> levels;
    QList<LevelMove> moves;
    QList<MonthSessions> sessions;
    QStringList formats;          // every format that occurs, sorted
    int members = 0;              // members at the end of the period
    int microTeachPresenters = 0; // of them, who presented a micro-teach in the period
    /** Per month, aligned with `levels`; empty when the workspace has no such table (no data yet). */
    std::optional<QList<int>> artefactsAdded;
    std::optional<QList<int>> recognitions;
};

/** Read-only queries behind the community dashboard. */
class CommunityTrendQuery
{
public:
    /** The `months` months ending with the month of `lastDay`. */
    static Result<CommunityTrends> load(const Database& database, qint64 communityId, QDate lastDay, int months = 12);
};

} // namespace steward
