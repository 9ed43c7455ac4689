// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliCommand.h"

namespace steward {

struct Review;

/** `review add`: a peer review of an artefact against a feedback template, with a verdict. */
class ReviewAddCommand : public CliCommand
{
public:
    ReviewAddCommand();
    void configure(QCommandLineParser& parser) const override;
    ExitCode run(const QCommandLineParser& parser, CliContext& context) const override;

private:
    static Result<Review> reviewFrom(const QCommandLineParser& parser, const Database& database, const QDate& today);
};

} // namespace steward
