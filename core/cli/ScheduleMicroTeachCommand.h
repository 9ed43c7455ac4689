// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/ScheduleCommand.h"

namespace steward {

/** steward-cli schedule micro-teach: plan who teaches a micro-teach slot in a community's regular meeting. */
class ScheduleMicroTeachCommand : public ScheduleCommand
{
public:
    ScheduleMicroTeachCommand();

protected:
    RotationKind kind() const override { return RotationKind::MicroTeach; }
    void configureSeries(QCommandLineParser& parser) const override;
    Status parseSeries(const QCommandLineParser& parser, Options& options) const override;
    Result<Target> findTarget(const QCommandLineParser& parser, const Database& database) const override;
    Result<QList<QDate>> meetingDates(const Options& options, const Target& target) const override;
    QString nobodyMessage(const Target& target) const override;
};

} // namespace steward
