// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QDate>

namespace steward {

/** The days a report covers: both ends included. */
struct ReportPeriod
{
    /** Without dates a report covers the last six months up to today. */
    static constexpr int kDefaultMonths = 6;

    QDate from;
    QDate to;

    /** Fills missing ends (to: today; from: kDefaultMonths before to); a failure when from is after to. */
    static Result<ReportPeriod> resolve(const QDate& from, const QDate& to, const Clock& clock);
    /** "1 Jun 2026 - 25 Nov 2026" in the user's locale. */
    QString text() const;
};

} // namespace steward
