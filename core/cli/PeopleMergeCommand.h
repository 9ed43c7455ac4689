// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** steward-cli people merge: Merge a person into another (storage/PersonMerge.h has the rules). */
class PeopleMergeCommand : public CliCommand
{
public:
    PeopleMergeCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace steward
