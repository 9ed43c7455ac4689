// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "report/ReportContent.h"
#include "report/ReportOptions.h"

namespace steward {

class Database;

/**
 * Printable schedules, one page each for a wall or a facilitator's hand: a mastermind group's hot
 * seats, a community's micro-teach slots and on-call shifts (from the stored rotations), and a
 * session's run sheet (phases with their start times, roles, pairs). Without dates a rotation
 * schedule shows the next kDefaultMonths from today, at most kMaxRows rows.
 */
class ScheduleReport
{
public:
    static constexpr int kDefaultMonths = 3;
    static constexpr int kMaxRows = 36;

    /** A seat's status key ("done", "planned", ...) in words. */
    static QString statusText(const QString& key);

    static Result<ReportContent>
    hotSeat(const Database& database, const QString& groupName, const ReportOptions& options, const Clock& clock);
    static Result<ReportContent> microTeach(const Database& database,
                                            const QString& communityName,
                                            const ReportOptions& options,
                                            const Clock& clock);
    static Result<ReportContent>
    onCall(const Database& database, const QString& communityName, const ReportOptions& options, const Clock& clock);

private:
    struct Window
    {
        QDate from;
        QDate to;
    };
    static Window window(const ReportOptions& options, const Clock& clock);
    static Result<ReportContent> rotation(const Database& database,
                                          const QString& kind,
                                          qint64 ownerId,
                                          const QString& ownerName,
                                          const ReportOptions& options,
                                          const Clock& clock);
    static Result<ReportTable> seats(const Database& database,
                                     const QString& kind,
                                     qint64 planId,
                                     const Window& window,
                                     const ReportOptions& options);
};

} // namespace steward
