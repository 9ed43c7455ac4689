// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace steward {

/** A rule a plan could not keep: which rule, on which meeting, who is involved and why, in words. */
struct RotationViolation
{
    enum class Rule
    {
        Understaffed, // fewer people seated than seats per meeting
        Absent,       // someone seated on a day they are away
        OptedOut,     // someone seated who opted out
        BackToBack,   // someone seated at two meetings in a row while enough others were free
        Uneven,       // someone two or more turns ahead of a person available whenever they were
    };

    Rule rule = Rule::Understaffed;
    QDate date;
    QList<qint64> people;
    QString reason;

    bool operator==(const RotationViolation&) const = default;

    /** Stable keys for JSON: "understaffed", "absent", "opted-out", "back-to-back", "uneven". */
    static QString ruleKey(Rule rule);
};

} // namespace steward
