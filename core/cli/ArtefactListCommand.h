// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** `artefact list`: a community's artefacts (id, title, kind, status, tags), filtered. */
class ArtefactListCommand : public CliCommand
{
public:
    ArtefactListCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace steward
