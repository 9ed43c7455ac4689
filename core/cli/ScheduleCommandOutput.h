// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/RecordTable.h"
#include "common/Result.h"

#include <QByteArray>

class QCommandLineParser;
class QTextStream;

namespace steward {

struct RotationPlan;
struct RotationRecord;

/** How steward-cli writes rotation plans (and other nested JSON) in the three output formats. */
class ScheduleCommandOutput
{
public:
    /**
     * The plan as JSON (the contract of RotationPlan::toJson), CSV (date,slot,person; slots from 1, an
     * empty seat has no person) or a readable table with turns and violations. With a stored record,
     * CSV adds origin, status and topic.
     */
    static QByteArray
    plan(const RotationPlan& plan, RecordTable::Format format, const RotationRecord* record = nullptr);
    /** Writes to --output FILE (replaced only once complete) or to out. */
    static Status write(const QCommandLineParser& parser, const QByteArray& bytes, QTextStream& out);
};

} // namespace steward
