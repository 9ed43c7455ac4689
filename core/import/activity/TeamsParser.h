// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QHash>
#include <QJsonObject>

namespace steward {

class ActivitySink;

/**
 * Microsoft Teams channel messages as the Graph API returns them (chatMessage): a JSON array, or a page
 * {"value": [...]}. Each message: id, replyToId, messageType, createdDateTime, deletedDateTime,
 * from.user{id, displayName} (from.application is a bot), body.content with <at id="N">Name</at>, and
 * mentions[{id: N, mentioned.user{id, displayName}}] which say whom each <at id="N"> names. A message
 * with replyToId is a reply to that message's author. Non-"message" types are system events; deleted
 * messages are skipped and counted. The channel is channelIdentity.channelId, else the file's name.
 */
class TeamsParser
{
public:
    explicit TeamsParser(ActivitySink& sink);
    Status parse(const QByteArray& data, const QString& fileName);

private:
    QString parseMessage(const QJsonObject& message, const QString& fallbackChannel);
    /** Declares the user of a from/mentioned identity set; returns the key, empty for no user. */
    QString declareUser(const QJsonObject& identitySet, bool& isApplication);
    QString
    addMentions(const QJsonArray& mentions, const QString& author, const QString& occurred, const QString& channel);

    ActivitySink& m_sink;
    QHash<QString, QString> m_authorOf; // message id -> author id
};

} // namespace steward
