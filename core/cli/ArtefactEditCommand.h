// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** `artefact edit`: saves a new version with a changed title, body, tags, kind, status or authors. */
class ArtefactEditCommand : public CliCommand
{
public:
    ArtefactEditCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace steward
