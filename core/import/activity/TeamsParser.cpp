// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamsParser.h"

#include "import/activity/ActivitySink.h"
#include "import/activity/JsonFields.h"
#include "import/activity/JsonInput.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace steward {

TeamsParser::TeamsParser(ActivitySink& sink)
    : m_sink(sink)
{
}

QString TeamsParser::declareUser(const QJsonObject& identitySet, bool& isApplication)
{
    isApplication = identitySet.value(QLatin1StringView("application")).isObject();
    const QJsonValue user = identitySet.value(QLatin1StringView("user"));
    if (!user.isObject())
        return {};
    JsonFields fields(user.toObject());
    const QString id = fields.string(QLatin1StringView("id"));
    const QString name = fields.string(QLatin1StringView("displayName"));
    if (id.isEmpty() || !fields.ok())
        return {};
    if (!m_sink.knows(id))
        m_sink.account(
            {id, id, name.trimmed().isEmpty() ? QStringList() : QStringList{name.trimmed()}, {}, false, false});
    return id;
}

Status TeamsParser::parse(const QByteArray& data, const QString& fileName)
{
    auto document = JsonInput::parse(data, fileName);
    if (!document)
        return Status::failure(document.errorString());
    QJsonArray messages;
    if (document->isArray())
        messages = document->array();
    else if (document->isObject() && document->object().value(QLatin1StringView("value")).isArray())
        messages = document->object().value(QLatin1StringView("value")).toArray();
    else
        return Status::failure(
            QCoreApplication::translate("TeamsParser",
                                        "%1: expected an array of Teams chatMessage objects (or {\"value\": [...]})")
                .arg(fileName));
    const QString fallbackChannel = QFileInfo(fileName).completeBaseName();
    for (qsizetype i = 0; i < messages.size(); ++i) {
        auto where = [&] {
            return QCoreApplication::translate("TeamsParser", "%1: message %2").arg(fileName).arg(i + 1);
        };
        if (!messages.at(i).isObject())
            return Status::failure(JsonInput::wrongType(where(), QStringLiteral("message"), QStringLiteral("object")));
        if (QString error = parseMessage(messages.at(i).toObject(), fallbackChannel); !error.isEmpty())
            return Status::failure(QStringLiteral("%1: %2").arg(where(), error));
        if (i % 1000 == 999 && !m_sink.progress(i + 1, messages.size()))
            return Status::failure(
                QCoreApplication::translate("TeamsParser", "The import was cancelled; nothing was changed."));
    }
    return {};
}

QString TeamsParser::parseMessage(const QJsonObject& message, const QString& fallbackChannel)
{
    JsonFields fields(message);
    const QString id = fields.id(QLatin1StringView("id"));
    const QString replyTo = fields.id(QLatin1StringView("replyToId"));
    const QString type = fields.string(QLatin1StringView("messageType"));
    const QString created = fields.string(QLatin1StringView("createdDateTime"));
    const QString deleted = fields.string(QLatin1StringView("deletedDateTime"));
    const QJsonObject from = fields.object(QLatin1StringView("from"));
    const QJsonArray mentions = fields.array(QLatin1StringView("mentions"));
    JsonFields channelFields(fields.object(QLatin1StringView("channelIdentity")));
    QString channel = channelFields.string(QLatin1StringView("channelId"));
    if (!fields.ok() || !channelFields.ok())
        return fields.ok() ? channelFields.problem() : fields.problem();
    if (id.isEmpty())
        return QCoreApplication::translate("TeamsParser", "'id' is missing or empty");
    const QString occurred = created.isEmpty() ? QString() : JsonInput::utcInstant(created);
    if (!created.isEmpty() && occurred.isEmpty())
        return QCoreApplication::translate("TeamsParser", "'%1' is not an ISO-8601 time with an offset").arg(created);
    if (channel.isEmpty())
        channel = fallbackChannel;
    if (m_authorOf.contains(id)) {
        m_sink.skipMessage(QStringLiteral("duplicate_message"));
        return {};
    }
    bool application = false;
    const QString author = declareUser(from, application);
    m_authorOf.insert(id, author);
    if (!m_sink.wantsChannel(channel))
        return {};
    if (!type.isEmpty() && type != QLatin1String("message")) {
        m_sink.skipMessage(QStringLiteral("system_message"));
        return {};
    }
    if (!deleted.isEmpty()) {
        m_sink.skipMessage(QStringLiteral("edit_or_deletion"));
        return {};
    }
    if (application) {
        m_sink.skipMessage(QStringLiteral("bot_message"));
        return {};
    }
    if (!m_sink.authoredBy(author))
        return {};
    if (!replyTo.isEmpty()) {
        const QString target = m_authorOf.value(replyTo);
        if (target.isEmpty())
            m_sink.skip(QStringLiteral("unknown_reply_target"));
        else
            m_sink.interaction({QStringLiteral("reply"), author, target, occurred, channel, 1});
    }
    return addMentions(mentions, author, occurred, channel);
}

QString TeamsParser::addMentions(const QJsonArray& mentions,
                                 const QString& author,
                                 const QString& occurred,
                                 const QString& channel)
{
    QStringList mentioned;
    for (const QJsonValue& value : mentions) {
        if (!value.isObject())
            return QCoreApplication::translate("TeamsParser", "every entry of 'mentions' should be an object");
        JsonFields fields(value.toObject());
        const QJsonObject identity = fields.object(QLatin1StringView("mentioned"));
        if (!fields.ok())
            return fields.problem();
        bool application = false;
        const QString key = declareUser(identity, application);
        // A mention of a tag, a channel or a bot names no person.
        if (key.isEmpty() || application || mentioned.contains(key))
            continue;
        mentioned.append(key);
        m_sink.interaction({QStringLiteral("mention"), author, key, occurred, channel, 1});
    }
    return {};
}

} // namespace steward
