// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "model/Community.h"
#include "model/Person.h"
#include "storage/MastermindGroup.h"

#include <QCommandLineParser>
#include <QDate>

#include <optional>

namespace steward {

class Database;

/** What the goal, opt-out, absence and topic commands look up the same way: groups, communities, people, dates. */
namespace GoalCommandInput {

/** The group named NAME; --community settles two groups of the same name in different communities. */
Result<MastermindGroup> group(const Database& database, const QString& name, const QString& communityName);
Result<Community> community(const Database& database, const QString& name);
/** --person NAME_OR_EMAIL (required) and --note TEXT, as the absence and opt-out commands take them. */
void addPersonOptions(QCommandLineParser& parser);
/** A usage message when --person is missing or blank ("`command` needs --person ..."), else success. */
Status requirePerson(const QCommandLineParser& parser, const QString& command);
/** The person --person names, by email or exact name. */
Result<Person> person(const Database& database, const QCommandLineParser& parser);
/** An optional date option: nullopt when absent, a usage message when not YYYY-MM-DD. */
Result<std::optional<QDate>> date(const QCommandLineParser& parser, const QString& option);

} // namespace GoalCommandInput

} // namespace steward
