// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** `artefact search QUERY`: full-text search, ranked, with snippets marking the hits in [brackets]. */
class ArtefactSearchCommand : public CliCommand
{
public:
    ArtefactSearchCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace steward
