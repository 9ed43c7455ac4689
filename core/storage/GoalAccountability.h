// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/CheckIn.h"
#include "storage/Goal.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace steward {

/** How one goal is kept up: its last check-in, the meetings since, and the flags the goals view shows. */
struct GoalReview
{
    qint64 goalId = 0;
    QDate lastCheckIn;          // invalid when there is none
    int lastProgress = 0;       // of the last check-in
    int meetingsWithoutCheckIn; // held meetings since the last check-in (or since the goal was set)
    bool noRecentCheckIn = false;
    bool pastTarget = false;

    bool flagged() const { return noRecentCheckIn || pastTarget; }
};

/**
 * Goals and accountability of one mastermind group, from its meetings, goals and check-ins as of a day:
 *  - a goal is flagged "no check-in" when the last kMissedMeetings meetings held since it was set
 *    (up to and including today) have no check-in on it, and "past its date" when its target date is
 *    before today; done goals are never flagged;
 *  - a member's streak is the number of meetings, counting back from the last one held, at which they
 *    checked in on at least one goal; it stops at the first meeting without one.
 */
class GoalAccountability
{
public:
    static constexpr int kMissedMeetings = 3;

    GoalAccountability(QList<QDate> meetings, QList<Goal> goals, const QList<CheckIn>& checkIns, QDate today);

    GoalReview review(const Goal& goal) const;
    /** Every goal's review, in the order of the goals given. */
    QList<GoalReview> reviews() const;
    int streak(qint64 personId) const;
    /** The meetings held: the given ones and the days of check-ins, up to today, sorted, each once. */
    const QList<QDate>& heldMeetings() const { return m_held; }

private:
    QList<QDate> m_held;
    QList<Goal> m_goals;
    QHash<qint64, QList<CheckIn>> m_checkInsByGoal; // each sorted by meeting date
    QDate m_today;
};

} // namespace steward
