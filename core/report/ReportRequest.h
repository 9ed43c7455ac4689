// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Progress.h"
#include "common/Result.h"
#include "report/ReportContent.h"
#include "report/ReportOptions.h"

namespace steward {

class Database;

/** Which report: what the subject name means follows from it (a community or a mastermind group). */
enum class ReportKind
{
    CommunityHealth,
    Network,
    Mastermind,
    HotSeatSchedule,
    MicroTeachSchedule,
    OnCallSchedule,
};

/** One report asked for: its kind, its subject's name and the options (the GUI's form, as data). */
struct ReportRequest
{
    ReportKind kind = ReportKind::CommunityHealth;
    QString subject;
    ReportOptions options;

    /** True when the subject is a mastermind group rather than a community. */
    bool aboutGroup() const { return kind == ReportKind::Mastermind || kind == ReportKind::HotSeatSchedule; }
    /** Builds the content; the one place that maps a kind to its builder. */
    Result<ReportContent>
    build(const Database& database, const Clock& clock, Progress& progress = Progress::none()) const;
};

} // namespace steward
