// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/** `recognition confirm ID --by PERSON` and `recognition dismiss ID`: decide on a badge the app proposed. */
class RecognitionConfirmCommand : public CliCommand
{
public:
    explicit RecognitionConfirmCommand(bool confirm);
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;

private:
    bool m_confirm;
};

} // namespace steward
