// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** `artefact restore`: saves an older version again as the newest one. */
class ArtefactRestoreCommand : public CliCommand
{
public:
    ArtefactRestoreCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace steward
