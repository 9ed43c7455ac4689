// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "report/ReportScope.h"

#include <QMap>

namespace steward {

/**
 * Meetings held in the period by format and the attendance trend by month. A meeting counts as held
 * when attendance was recorded for that occurrence. Read-only SQL.
 */
class SessionsSection
{
public:
    static Result<ReportSectionResult> build(const ReportScope& scope);

private:
    /** One held occurrence: its format key, month ("2026-05") and how many attended. */
    struct Held
    {
        QString format;
        QString month;
        int attended = 0;
    };
    static Result<QList<Held>> held(const ReportScope& scope, const QDate& from, const QDate& to);
    static void addByFormat(const QList<Held>& meetings, ReportSection& s);
    static void addTrend(const QList<Held>& meetings, ReportSection& s);
};

} // namespace steward
