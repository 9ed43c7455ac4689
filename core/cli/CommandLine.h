// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace steward {

/** steward-cli's front door: global options, choosing the subcommand, help and exit codes. */
class CommandLine
{
public:
    CommandLine();
    ~CommandLine();

    /** Runs arguments (argv without the program name) and returns the exit code. */
    ExitCode run(const QStringList& arguments, QTextStream& out, QTextStream& err, const Clock& clock);

private:
    const CliCommand* find(const QStringList& words, qsizetype& wordCount) const;
    QString overview(const QString& group = {}) const;
    QString commandHelp(const CliCommand& command, const QCommandLineParser& parser) const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace steward
