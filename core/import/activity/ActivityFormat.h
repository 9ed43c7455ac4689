// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace steward {

/** The activity files Steward imports, with their command-line names and the platform they record. */
enum class ActivityFormat
{
    Slack,
    Discord,
    Teams,
    GithubReviews,
    Survey,
};

/** "slack", "discord", "teams", "github-reviews", "survey". */
QString activityFormatName(ActivityFormat format);
std::optional<ActivityFormat> activityFormatFromName(const QString& name);
QStringList activityFormatNames();
/** The interaction.platform value: slack, discord, teams, github, survey. */
QString activityPlatform(ActivityFormat format);
/**
 * Guesses the format from the file's first bytes: a ZIP is Slack, a CSV with a respondent column is a
 * survey, JSON with "messages" and "guild" is Discord, with "messageType" or "replyToId" is Teams, with
 * "pull_request" links or "reviews" is GitHub. Empty when it cannot tell.
 */
std::optional<ActivityFormat> detectActivityFormat(const QString& path);

} // namespace steward
