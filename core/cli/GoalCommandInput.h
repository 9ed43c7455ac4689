// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "model/Community.h"
#include "storage/MastermindGroup.h"

#include <QCommandLineParser>
#include <QDate>

#include <optional>

namespace steward {

class Database;

/** What the goal, opt-out and topic commands look up the same way: groups, communities, dates. */
namespace GoalCommandInput {

/** The group named NAME; --community settles two groups of the same name in different communities. */
Result<MastermindGroup> group(const Database& database, const QString& name, const QString& communityName);
Result<Community> community(const Database& database, const QString& name);
/** An optional date option: nullopt when absent, a usage message when not YYYY-MM-DD. */
Result<std::optional<QDate>> date(const QCommandLineParser& parser, const QString& option);

} // namespace GoalCommandInput

} // namespace steward
