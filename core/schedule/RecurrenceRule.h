// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>

#include <optional>

namespace steward {

enum class RecurrenceFrequency
{
    Weekly,           // every N weeks, on a set of weekdays
    MonthlyByWeekday, // every N months, on the n-th (or last) given weekday
};

/**
 * How a series repeats: the pattern (weekly on weekdays, or monthly on the n-th weekday) and where it stops
 * (a count or a last day, exactly one of them). Validated by Recurrence::create().
 */
struct RecurrenceRule
{
    RecurrenceFrequency frequency = RecurrenceFrequency::Weekly;
    /** Every `interval` weeks or months; at least 1. */
    int interval = 1;
    /** Weekly: the days of the week (empty: the first session's weekday). Monthly: the weekday(s), same default. */
    QList<Qt::DayOfWeek> weekdays;
    /** Monthly: 1..5 for the n-th weekday of the month, -1 for the last; 0: as the first session's date. */
    int weekOfMonth = 0;
    /** How many sessions the rule generates (cancelled ones included, as RFC 5545 COUNT counts them). */
    std::optional<int> count;
    /** The last day a session may fall on (inclusive, on the wall clock of the series' zone). */
    QDate until;

    static RecurrenceRule weekly(int interval = 1, QList<Qt::DayOfWeek> weekdays = {})
    {
        RecurrenceRule rule;
        rule.interval = interval;
        rule.weekdays = std::move(weekdays);
        return rule;
    }
    static RecurrenceRule monthly(int weekOfMonth = 0, int interval = 1)
    {
        RecurrenceRule rule;
        rule.frequency = RecurrenceFrequency::MonthlyByWeekday;
        rule.weekOfMonth = weekOfMonth;
        rule.interval = interval;
        return rule;
    }
    RecurrenceRule& setCount(int sessions)
    {
        count = sessions;
        return *this;
    }
    RecurrenceRule& setUntil(QDate lastDay)
    {
        until = lastDay;
        return *this;
    }

    bool operator==(const RecurrenceRule&) const = default;
};

} // namespace steward

Q_DECLARE_METATYPE(steward::RecurrenceRule)
