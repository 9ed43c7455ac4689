// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/ScheduleCommand.h"

namespace steward {

/** steward-cli schedule hot-seat: plan who takes a mastermind group's hot seat at each meeting. */
class ScheduleHotSeatCommand : public ScheduleCommand
{
public:
    ScheduleHotSeatCommand();

    /** Weeks between meetings a group's cadence text names ("fortnightly", "every 3 weeks"); 1 otherwise. */
    static int weeksFromCadence(const QString& cadence);
    /** The group named by --group (and --community, when given), or a message naming what was asked for. */
    static Result<Target> groupTarget(const QCommandLineParser& parser, const Database& database);

protected:
    RotationKind kind() const override { return RotationKind::HotSeat; }
    void configureSeries(QCommandLineParser& parser) const override;
    Status parseSeries(const QCommandLineParser& parser, Options& options) const override;
    Result<Target> findTarget(const QCommandLineParser& parser, const Database& database) const override;
    Result<QList<QDate>> meetingDates(const Options& options, const Target& target) const override;
    QString nobodyMessage(const Target& target) const override;
};

} // namespace steward
