// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"
#include "cli/RecordTable.h"
#include "storage/SessionRoleSource.h"

namespace steward {

struct SessionRolePlan;

/**
 * steward-cli schedule roles: rotate a recurring session's facilitator and note-taker through its occurrences
 * with the rotation engine; prints the plan and, with --save, stores it (held and pinned seats never move).
 */
class ScheduleRolesCommand : public CliCommand
{
public:
    ScheduleRolesCommand();

    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;

    /** The plan as JSON (SessionRolePlan::toJson), CSV (date,occurrence,role,person,origin,status) or text. */
    static QByteArray output(const SessionRolePlan& plan, RecordTable::Format format, QDate from);

private:
    static Status parseScope(const QCommandLineParser& parser, SessionRoleSource::Scope& scope);
    static ExitCode judge(const SessionRolePlan& plan, QDate from, CliContext& context);
};

} // namespace steward
