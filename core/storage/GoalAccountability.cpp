// SPDX-License-Identifier: GPL-3.0-or-later
#include "GoalAccountability.h"

#include <QSet>

#include <algorithm>

namespace steward {

GoalAccountability::GoalAccountability(QList<QDate> meetings,
                                       QList<Goal> goals,
                                       const QList<CheckIn>& checkIns,
                                       QDate today)
    : m_goals(std::move(goals))
    , m_today(today)
{
    // A check-in proves a meeting took place even if the plan does not list it (moved, extra).
    for (const CheckIn& checkIn : checkIns) {
        meetings.append(checkIn.meetingDate);
        m_checkInsByGoal[checkIn.goalId].append(checkIn);
    }
    for (auto& list : m_checkInsByGoal) {
        std::sort(
            list.begin(), list.end(), [](const CheckIn& a, const CheckIn& b) { return a.meetingDate < b.meetingDate; });
    }
    std::sort(meetings.begin(), meetings.end());
    meetings.erase(std::unique(meetings.begin(), meetings.end()), meetings.end());
    for (QDate date : std::as_const(meetings)) {
        if (date.isValid() && date <= m_today)
            m_held.append(date);
    }
}

GoalReview GoalAccountability::review(const Goal& goal) const
{
    GoalReview review;
    review.goalId = goal.id;
    const QList<CheckIn> checkIns = m_checkInsByGoal.value(goal.id);
    QDate countFrom = goal.created;
    for (const CheckIn& checkIn : checkIns) {
        if (checkIn.meetingDate > m_today)
            break;
        review.lastCheckIn = checkIn.meetingDate;
        review.lastProgress = checkIn.progress;
    }
    if (review.lastCheckIn.isValid())
        countFrom = review.lastCheckIn.addDays(1);
    review.meetingsWithoutCheckIn = int(std::count_if(
        m_held.cbegin(), m_held.cend(), [&](QDate date) { return !countFrom.isValid() || date >= countFrom; }));
    const bool open = goal.status != Goal::Status::Done;
    review.noRecentCheckIn = open && review.meetingsWithoutCheckIn >= kMissedMeetings;
    review.pastTarget = open && goal.targetDate.isValid() && goal.targetDate < m_today;
    return review;
}

QList<GoalReview> GoalAccountability::reviews() const
{
    QList<GoalReview> result;
    for (const Goal& goal : m_goals)
        result.append(review(goal));
    return result;
}

int GoalAccountability::streak(qint64 personId) const
{
    QSet<QDate> checkedIn;
    for (const Goal& goal : m_goals) {
        if (goal.personId != personId)
            continue;
        for (const CheckIn& checkIn : m_checkInsByGoal.value(goal.id))
            checkedIn.insert(checkIn.meetingDate);
    }
    int streak = 0;
    for (auto it = m_held.crbegin(); it != m_held.crend() && checkedIn.contains(*it); ++it)
        ++streak;
    return streak;
}

} // namespace steward
