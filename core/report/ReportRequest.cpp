// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportRequest.h"

#include "report/CommunityHealthReport.h"
#include "report/MastermindSummaryReport.h"
#include "report/NetworkReport.h"
#include "report/ScheduleReport.h"

namespace steward {

Result<ReportContent> ReportRequest::build(const Database& database, const Clock& clock, Progress& progress) const
{
    switch (kind) {
    case ReportKind::CommunityHealth:
        return CommunityHealthReport::build(database, subject, options, clock, progress);
    case ReportKind::Network:
        return NetworkReport::build(database, subject, options, clock, progress);
    case ReportKind::Mastermind:
        return MastermindSummaryReport::build(database, subject, options, clock);
    case ReportKind::HotSeatSchedule:
        return ScheduleReport::hotSeat(database, subject, options, clock);
    case ReportKind::MicroTeachSchedule:
        return ScheduleReport::microTeach(database, subject, options, clock);
    case ReportKind::OnCallSchedule:
        break;
    }
    return ScheduleReport::onCall(database, subject, options, clock);
}

} // namespace steward
