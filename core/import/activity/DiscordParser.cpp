// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiscordParser.h"

#include "import/activity/ActivitySink.h"
#include "import/activity/JsonFields.h"
#include "import/activity/JsonInput.h"

#include <QCoreApplication>

namespace steward {

DiscordParser::DiscordParser(ActivitySink& sink)
    : m_sink(sink)
{
}

QString DiscordParser::declare(const QJsonObject& user)
{
    JsonFields fields(user);
    const QString id = fields.id(QLatin1StringView("id"));
    if (id.isEmpty() || !fields.ok())
        return {};
    ActivityAccount account{id, id, {}, {}, fields.boolean(QLatin1StringView("isBot")), false};
    const QString name = fields.string(QLatin1StringView("name"));
    // DiscordChatExporter names a removed account "Deleted User"; it is nobody we can match.
    account.deleted = name == QLatin1String("Deleted User");
    for (const QString& n : {fields.string(QLatin1StringView("nickname")), name}) {
        if (!n.trimmed().isEmpty() && !account.names.contains(n.trimmed()))
            account.names.append(n.trimmed());
    }
    if (!m_sink.knows(id))
        m_sink.account(account);
    return id;
}

Status DiscordParser::parse(const QByteArray& data, const QString& fileName)
{
    auto document = JsonInput::parse(data, fileName);
    if (!document)
        return Status::failure(document.errorString());
    if (!document->isObject())
        return Status::failure(
            QCoreApplication::translate("DiscordParser", "%1: expected a DiscordChatExporter JSON object")
                .arg(fileName));
    const QJsonObject root = document->object();
    JsonFields fields(root);
    const QJsonObject channel = fields.object(QLatin1StringView("channel"));
    const QJsonArray messages = fields.array(QLatin1StringView("messages"));
    JsonFields channelFields(channel);
    QString name = channelFields.string(QLatin1StringView("name"));
    if (Status s = fields.ok() ? channelFields.status(fileName + QStringLiteral(": channel")) : fields.status(fileName);
        !s)
        return s;
    if (!root.contains(QLatin1StringView("messages")))
        return Status::failure(JsonInput::missing(fileName, QStringLiteral("messages")));
    if (!m_sink.wantsChannel(name))
        return {};
    for (qsizetype i = 0; i < messages.size(); ++i) {
        auto where = [&] {
            return QCoreApplication::translate("DiscordParser", "%1: message %2").arg(fileName).arg(i + 1);
        };
        if (!messages.at(i).isObject())
            return Status::failure(JsonInput::wrongType(where(), QStringLiteral("message"), QStringLiteral("object")));
        if (QString error = parseMessage(messages.at(i).toObject(), name); !error.isEmpty())
            return Status::failure(QStringLiteral("%1: %2").arg(where(), error));
        if (i % 1000 == 999 && !m_sink.progress(i + 1, messages.size()))
            return Status::failure(
                QCoreApplication::translate("DiscordParser", "The import was cancelled; nothing was changed."));
    }
    return {};
}

QString DiscordParser::parseMessage(const QJsonObject& message, const QString& channel)
{
    JsonFields fields(message);
    const QString id = fields.id(QLatin1StringView("id"));
    const QString type = fields.string(QLatin1StringView("type"));
    const QString timestamp = fields.string(QLatin1StringView("timestamp"));
    const QJsonObject author = fields.object(QLatin1StringView("author"));
    const QJsonObject reference = fields.object(QLatin1StringView("reference"));
    const QJsonArray mentions = fields.array(QLatin1StringView("mentions"));
    JsonFields referenceFields(reference);
    const QString referenced = referenceFields.id(QLatin1StringView("messageId"));
    if (!fields.ok() || !referenceFields.ok())
        return fields.ok() ? referenceFields.problem() : fields.problem();
    if (id.isEmpty())
        return QCoreApplication::translate("DiscordParser", "'id' is missing or empty");
    const QString occurred = timestamp.isEmpty() ? QString() : JsonInput::utcInstant(timestamp);
    if (!timestamp.isEmpty() && occurred.isEmpty())
        return QCoreApplication::translate("DiscordParser", "'%1' is not an ISO-8601 time with an offset")
            .arg(timestamp);
    if (m_authorOf.contains(id)) {
        m_sink.skipMessage(QStringLiteral("duplicate_message"));
        return {};
    }
    if (type != QLatin1String("Default") && type != QLatin1String("Reply") && !type.isEmpty()) {
        m_authorOf.insert(id, QString());
        m_sink.skipMessage(QStringLiteral("system_message"));
        return {};
    }
    const QString authorKey = declare(author);
    m_authorOf.insert(id, authorKey);
    if (!m_sink.authoredBy(authorKey))
        return {};
    if (!referenced.isEmpty()) {
        const QString target = m_authorOf.value(referenced);
        if (target.isEmpty())
            m_sink.skip(QStringLiteral("unknown_reply_target"));
        else
            m_sink.interaction({QStringLiteral("reply"), authorKey, target, occurred, channel, 1});
    }
    QStringList mentioned;
    for (const QJsonValue& value : mentions) {
        if (!value.isObject())
            return QCoreApplication::translate("DiscordParser", "every entry of 'mentions' should be an object");
        const QString key = declare(value.toObject());
        if (key.isEmpty() || mentioned.contains(key))
            continue;
        mentioned.append(key);
        m_sink.interaction({QStringLiteral("mention"), authorKey, key, occurred, channel, 1});
    }
    return {};
}

} // namespace steward
