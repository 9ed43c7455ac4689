// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"
#include "import/activity/ActivityFormat.h"

#include <memory>
#include <vector>

namespace steward {

struct ActivityImportSummary;

/**
 * steward-cli import slack|discord|teams|github-reviews|survey FILE --community NAME [--channels a,b]
 * [--dry-run] [--format json|text]: one command per format, all alike.
 */
class ActivityImportCommand : public CliCommand
{
public:
    explicit ActivityImportCommand(ActivityFormat format);
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;

    /** Adds the five commands. */
    static void addAll(std::vector<std::unique_ptr<CliCommand>>& commands);

private:
    void writeText(const ActivityImportSummary& summary, CliContext& context) const;
    ActivityFormat m_format;
};

} // namespace steward
