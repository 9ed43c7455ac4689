// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

struct Artefact;

/** `artefact add`: a new artefact (version 1) in a community, or a draft from a session's learnings. */
class ArtefactAddCommand : public CliCommand
{
public:
    ArtefactAddCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;

private:
    static Result<Artefact>
    artefactFrom(const QCommandLineParser& parser, const Database& database, qint64 communityId);
};

} // namespace steward
