// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

class QIODevice;

namespace steward {

class ActivitySink;
class SafeZipReader;

/**
 * A Slack workspace export (.zip): users.json names the accounts; channels.json, groups.json, mpims.json
 * and dms.json name the conversations, each a folder of YYYY-MM-DD.json arrays of messages. Read entry by
 * entry from the archive, one day file in memory at a time, channels in name order and days in date order.
 * Rules: a message in a thread (thread_ts other than its ts) is a reply to the thread's starter
 * (parent_user_id, or the author of the starter when the export lacks it); every <@U...> in the text is a
 * mention (each person once per message); bot messages (bot_id, subtype bot_message), edits
 * (message_changed) and other subtypes - joins, leaves, topic changes - are skipped and counted; a message
 * whose ts repeats in its channel counts once. A duplicate user id is an error.
 */
class SlackExportParser
{
public:
    explicit SlackExportParser(ActivitySink& sink);

    /** The whole export; archiveName names it in messages. */
    Status parseArchive(QIODevice* device, const QString& archiveName);
    /** users.json. */
    Status parseUsers(const QByteArray& data, const QString& entry);
    /** channels.json and its kin: folder name -> channel name, added to the map. */
    Status
    parseChannels(const QByteArray& data, const QString& entry, bool namedById, QHash<QString, QString>& folders);
    /** One day file of one channel. Call startChannel() before a channel's first day. */
    Status parseDay(const QByteArray& data, const QString& entry, const QString& channel);
    void startChannel();

    /** Slack's "1512085950.000216" as microseconds since the epoch; -1 when it is not one. */
    static qint64 timestampMicros(const QString& ts);

private:
    /** Empty when the message was taken in; else the reason it is invalid. */
    QString parseMessage(const QJsonObject& message, const QString& channel);
    static QString skipReason(const QString& subtype, const QString& botId);
    Status readFolders(SafeZipReader& zip, QHash<QString, QString>& folders);
    void addMentions(const QString& text, const QString& author, const QString& occurred, const QString& channel);

    ActivitySink& m_sink;
    QString m_archiveName;
    QSet<QString> m_users;
    QSet<qint64> m_seenTs;                  // this channel's messages, so a repeated one counts once
    QHash<qint64, QString> m_threadStarter; // this channel's thread starters: ts -> author
};

} // namespace steward
