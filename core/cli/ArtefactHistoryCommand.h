// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** `artefact history`: the versions of an artefact, oldest first. */
class ArtefactHistoryCommand : public CliCommand
{
public:
    ArtefactHistoryCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace steward
