// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repertoire/ActivityLedger.h"
#include "repertoire/Pathway.h"

#include <QHash>
#include <QList>

#include <optional>

namespace steward {

/** Members at one level now, and the days spent at it (every stint, the ongoing ones counted up to the day). */
struct LevelTime
{
    ParticipationLevel level = ParticipationLevel::Observer;
    int members = 0;
    int stints = 0;
    std::optional<double> medianDays;
    std::optional<double> lowerQuartileDays; // spread: the interquartile range
    std::optional<double> upperQuartileDays;
};

/** A member at a level (below steward) for longer than the community's threshold. */
struct StuckMember
{
    qint64 personId = 0;
    QString name;
    ParticipationLevel level = ParticipationLevel::Observer;
    QDate since;
    int days = 0;
};

/** The joiners of one quarter and how long they took to a first contribution and to "active" (time to proficiency). */
struct JoinerCohort
{
    QString cohort; // "2026-Q1"
    int joiners = 0;
    int contributed = 0;
    std::optional<double> medianDaysToFirstContribution;
    int reachedActive = 0;
    std::optional<double> medianDaysToActive;
};

/** Pathway statistics of one community over its non-staff members; pure functions, checked by hand in tests. */
class PathwayStatistics
{
public:
    /** The funnel (members per level now) and the time at each level, in pathway order. */
    static QList<LevelTime> levels(const QList<PathwayMember>& members, const QDate& asOf);
    static QList<StuckMember> stuck(const QList<PathwayMember>& members, const QDate& asOf, int stuckDays);
    /** Cohorts by the quarter people joined, oldest first. */
    static QList<JoinerCohort>
    cohorts(const QList<PathwayMember>& members, const QHash<qint64, ActivitySpan>& spans, const QDate& asOf);

    /** Median (the mean of the middle two for an even count); empty for no values. */
    static std::optional<double> median(QList<int> values);
    /** Quantile by linear interpolation between order statistics (position p * (n - 1)). */
    static std::optional<double> quantile(QList<int> values, double p);
    /** The first day the member was at `level` or above; null if never. */
    static QDate reached(const PathwayMember& member, ParticipationLevel level);
};

} // namespace steward
