// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

struct PathwayReport;

/**
 * `pathway show`: the funnel with the median days at each level, stuck members, newcomer cohorts and the
 * pending proposals; evaluating the pathway records the proposals that newly arise (never applied).
 */
class PathwayShowCommand : public CliCommand
{
public:
    PathwayShowCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;

    /** The JSON contract: {"levels":[{"level","count","median_days"}...], "stuck":[...], "proposals":[...]}. */
    static QByteArray toJson(const PathwayReport& report);
    static void writeText(const PathwayReport& report, const QString& community, QTextStream& out);
};

} // namespace steward
