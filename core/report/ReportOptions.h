// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>

namespace steward {

/** What a report covers and what it may show. */
struct ReportOptions
{
    /** The report period; null dates are filled in by ReportPeriod (the last kDefaultDays up to today). */
    QDate from;
    QDate to;
    /** Stable codes (P-XXXX) instead of names, for sharing outside the community. */
    bool pseudonymise = false;
    /** The key of the codes; empty: a key derived from the workspace (see PersonNames). */
    QByteArray pseudonymKey;
    /** Figures by team or department are suppressed for groups with fewer people than this. */
    int minGroupSize = 5;
    /** Mastermind check-ins' confidential notes are left out unless this is set for one export. */
    bool includeConfidential = false;
};

} // namespace steward
