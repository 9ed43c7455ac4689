// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace steward {

/** Someone an activity file names: a Slack user, a Discord author, a GitHub login, a survey respondent. */
struct ActivityAccount
{
    /** Unique within one import: the platform's id, or for surveys the folded name or email as written. */
    QString key;
    /** The id stored on the person (slack_id, discord_id, teams_id, github_login); empty for surveys. */
    QString externalId;
    /** Names to match by, best first (real name, display name, handle). */
    QStringList names;
    QString email;
    bool bot = false;
    bool deleted = false;
};

/** One tie the file shows: source addressed target (a reply, a mention, a review, a survey answer). */
struct ActivityInteraction
{
    QString kind; // reply, mention, review or survey
    QString sourceKey;
    QString targetKey;
    /** UTC instant (YYYY-MM-DDTHH:MM:SSZ), a day, or empty when the file does not say. */
    QString occurred;
    QString channel;
    double weight = 1;
};

} // namespace steward
