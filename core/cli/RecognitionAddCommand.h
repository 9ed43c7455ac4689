// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** `recognition add`: a shout-out or a badge from one member to another, with a reason. */
class RecognitionAddCommand : public CliCommand
{
public:
    RecognitionAddCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace steward
