// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QJsonObject>

namespace steward {

class ActivitySink;

/**
 * One channel exported by DiscordChatExporter as JSON: {guild, channel{name}, messages[{id, type,
 * timestamp, author{id, name, nickname, isBot}, content, reference{messageId}, mentions[]}]}. A message
 * with a reference is a reply to the referenced message's author (when that message is in the file); each
 * entry of mentions is a mention. Types other than Default and Reply (joins, pins, calls...) are system
 * messages; a message id that repeats counts once.
 */
class DiscordParser
{
public:
    explicit DiscordParser(ActivitySink& sink);
    Status parse(const QByteArray& data, const QString& fileName);

private:
    QString parseMessage(const QJsonObject& message, const QString& channel);
    /** Declares the author or mentioned user; returns their key, empty when the object has no id. */
    QString declare(const QJsonObject& user);

    ActivitySink& m_sink;
    QHash<QString, QString> m_authorOf; // message id -> author id, for replies
};

} // namespace steward
