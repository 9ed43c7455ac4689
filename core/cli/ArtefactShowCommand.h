// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** `artefact show ID`: an artefact with its versions and reviews, one version's text, or a diff of two. */
class ArtefactShowCommand : public CliCommand
{
public:
    ArtefactShowCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace steward
