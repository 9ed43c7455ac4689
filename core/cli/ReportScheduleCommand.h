// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

/**
 * steward-cli report schedule hot-seat|micro-teach|on-call NAME and report schedule session ID: a
 * printable one-page schedule or run sheet. One class for the four forms: they differ only in what
 * the name means and which builder runs.
 */
class ReportScheduleCommand : public CliCommand
{
public:
    enum class Kind
    {
        HotSeat,
        MicroTeach,
        OnCall,
        Session,
    };
    explicit ReportScheduleCommand(Kind kind);
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;

private:
    static const char* wordsOf(Kind kind);
    static const char* summaryOf(Kind kind);
    static const char* syntaxOf(Kind kind);
    Kind m_kind;
};

} // namespace steward
