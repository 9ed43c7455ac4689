// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** steward-cli session cancel: Cancel one occurrence of a series (the rest of the series stays). */
class SessionCancelCommand : public CliCommand
{
public:
    SessionCancelCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace steward
