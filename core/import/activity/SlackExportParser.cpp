// SPDX-License-Identifier: GPL-3.0-or-later
#include "SlackExportParser.h"

#include "import/activity/ActivitySink.h"
#include "import/activity/JsonFields.h"
#include "import/activity/JsonInput.h"
#include "import/activity/SafeZipReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

namespace steward {

namespace {

const QString kPlatform = QStringLiteral("slack");

/** Subtypes that are still a person talking; every other subtype is a system event. */
bool isOrdinarySubtype(const QString& subtype)
{
    return subtype.isEmpty() || subtype == QLatin1String("thread_broadcast") || subtype == QLatin1String("file_share")
           || subtype == QLatin1String("me_message");
}

// Formatted by hand: QDateTime::toString, or even snprintf and QDate, were a noticeable share of a
// million-message import. Days to a civil date as in Howard Hinnant's days_from_civil / civil_from_days.
QString instantFromMicros(qint64 micros)
{
    const qint64 seconds = micros / 1'000'000;
    const qint64 days = seconds / 86400;
    const int secondOfDay = int(seconds - days * 86400);
    const qint64 z = days + 719468;
    const qint64 era = z / 146097; // micros >= 0: no negative eras
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    char16_t text[20] = {};
    auto put = [&text](int at, qint64 value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            text[at + i] = char16_t(u'0' + value % 10);
    };
    put(0, year, 4);
    text[4] = u'-';
    put(5, month, 2);
    text[7] = u'-';
    put(8, day, 2);
    text[10] = u'T';
    put(11, secondOfDay / 3600, 2);
    text[13] = u':';
    put(14, secondOfDay / 60 % 60, 2);
    text[16] = u':';
    put(17, secondOfDay % 60, 2);
    text[19] = u'Z';
    return QString(reinterpret_cast<const QChar*>(text), 20);
}

/** The folder and day of "general/2026-03-01.json"; false for anything else in the archive. */
bool dayEntry(const QString& name, QString& folder, QString& day)
{
    const qsizetype slash = name.indexOf(QLatin1Char('/'));
    if (slash <= 0 || name.indexOf(QLatin1Char('/'), slash + 1) >= 0 || !name.endsWith(QLatin1String(".json")))
        return false;
    day = name.mid(slash + 1, name.size() - slash - 1 - 5);
    folder = name.left(slash);
    return QDate::fromString(day, Qt::ISODate).isValid() && day.size() == 10;
}

} // namespace

SlackExportParser::SlackExportParser(ActivitySink& sink)
    : m_sink(sink)
{
}

qint64 SlackExportParser::timestampMicros(const QString& ts)
{
    const qsizetype dot = ts.indexOf(QLatin1Char('.'));
    const QStringView seconds = dot < 0 ? QStringView(ts) : QStringView(ts).left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : QStringView(ts).mid(dot + 1);
    if (seconds.isEmpty() || seconds.size() > 11 || fraction.size() > 6)
        return -1;
    qint64 value = 0;
    for (QChar c : seconds) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - '0');
    }
    qint64 micros = 0;
    for (int i = 0; i < 6; ++i) {
        const QChar c = i < fraction.size() ? fraction.at(i) : QLatin1Char('0');
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        micros = micros * 10 + (c.unicode() - '0');
    }
    return value * 1'000'000 + micros;
}

Status SlackExportParser::parseUsers(const QByteArray& data, const QString& entry)
{
    auto users = JsonInput::parseArray(data, entry);
    if (!users)
        return Status::failure(users.errorString());
    for (qsizetype i = 0; i < users->size(); ++i) {
        const QString where = QCoreApplication::translate("SlackExportParser", "%1: user %2").arg(entry).arg(i + 1);
        if (!users->at(i).isObject())
            return Status::failure(JsonInput::wrongType(where, QStringLiteral("user"), QStringLiteral("object")));
        const QJsonObject user = users->at(i).toObject();
        JsonFields fields(user);
        const QString id = fields.string(QLatin1StringView("id"));
        const QString handle = fields.string(QLatin1StringView("name"));
        const QString realName = fields.string(QLatin1StringView("real_name"));
        const bool deleted = fields.boolean(QLatin1StringView("deleted"));
        const bool bot = fields.boolean(QLatin1StringView("is_bot"));
        const QJsonObject profile = fields.object(QLatin1StringView("profile"));
        JsonFields profileFields(profile);
        const QString email = profileFields.string(QLatin1StringView("email"));
        const QString displayName = profileFields.string(QLatin1StringView("display_name"));
        if (Status s = fields.ok() ? profileFields.status(where + QStringLiteral(".profile")) : fields.status(where);
            !s)
            return s;
        if (id.isEmpty())
            return Status::failure(JsonInput::missing(where, QStringLiteral("id")));
        if (m_users.contains(id))
            return Status::failure(
                QCoreApplication::translate("SlackExportParser", "%1: the user id %2 appears twice").arg(where, id));
        m_users.insert(id);
        ActivityAccount account{id, id, {}, email, bot || id == QLatin1String("USLACKBOT"), deleted};
        for (const QString& n : {realName, displayName, handle}) {
            if (!n.trimmed().isEmpty() && !account.names.contains(n.trimmed()))
                account.names.append(n.trimmed());
        }
        m_sink.account(account);
    }
    return {};
}

Status SlackExportParser::parseChannels(const QByteArray& data,
                                        const QString& entry,
                                        bool namedById,
                                        QHash<QString, QString>& folders)
{
    auto channels = JsonInput::parseArray(data, entry);
    if (!channels)
        return Status::failure(channels.errorString());
    QSet<QString> ids;
    for (qsizetype i = 0; i < channels->size(); ++i) {
        const QString where = QCoreApplication::translate("SlackExportParser", "%1: channel %2").arg(entry).arg(i + 1);
        if (!channels->at(i).isObject())
            return Status::failure(JsonInput::wrongType(where, QStringLiteral("channel"), QStringLiteral("object")));
        const QJsonObject channel = channels->at(i).toObject();
        JsonFields fields(channel);
        const QString id = fields.string(QLatin1StringView("id"));
        const QString name = namedById ? id : fields.string(QLatin1StringView("name"));
        if (Status s = fields.status(where); !s)
            return s;
        if (id.isEmpty() || name.isEmpty())
            return Status::failure(
                JsonInput::missing(where, id.isEmpty() ? QStringLiteral("id") : QStringLiteral("name")));
        if (ids.contains(id))
            return Status::failure(
                QCoreApplication::translate("SlackExportParser", "%1: the channel id %2 appears twice").arg(where, id));
        ids.insert(id);
        folders.insert(name, name);
    }
    return {};
}

void SlackExportParser::startChannel()
{
    m_seenTs.clear();
    m_threadStarter.clear();
}

Status SlackExportParser::parseDay(const QByteArray& data, const QString& entry, const QString& channel)
{
    auto messages = JsonInput::parseArray(data, entry);
    if (!messages)
        return Status::failure(messages.errorString());
    for (qsizetype i = 0; i < messages->size(); ++i) {
        const QJsonValue value = messages->at(i);
        // Built only on an error: a million messages would otherwise format a million of these.
        auto where = [&] {
            return QCoreApplication::translate("SlackExportParser", "%1: message %2").arg(entry).arg(i + 1);
        };
        if (!value.isObject())
            return Status::failure(JsonInput::wrongType(where(), QStringLiteral("message"), QStringLiteral("object")));
        QString error = parseMessage(value.toObject(), channel);
        if (!error.isEmpty())
            return Status::failure(QStringLiteral("%1: %2").arg(where(), error));
    }
    return {};
}

/** The message's kind before its author matters: empty for a person talking, else the skip reason. */
QString SlackExportParser::skipReason(const QString& subtype, const QString& botId)
{
    if (!botId.isEmpty() || subtype == QLatin1String("bot_message"))
        return QStringLiteral("bot_message");
    if (subtype == QLatin1String("message_changed") || subtype == QLatin1String("message_deleted"))
        return QStringLiteral("edit_or_deletion");
    return isOrdinarySubtype(subtype) ? QString() : QStringLiteral("system_message");
}

QString SlackExportParser::parseMessage(const QJsonObject& message, const QString& channel)
{
    JsonFields fields(message);
    const QString ts = fields.string(QLatin1StringView("ts"));
    const QString subtype = fields.string(QLatin1StringView("subtype"));
    const QString botId = fields.string(QLatin1StringView("bot_id"));
    const QString user = fields.string(QLatin1StringView("user"));
    const QString threadTs = fields.string(QLatin1StringView("thread_ts"));
    const QString parentUser = fields.string(QLatin1StringView("parent_user_id"));
    const QString text = fields.string(QLatin1StringView("text"));
    if (!fields.ok())
        return fields.problem();
    const qint64 micros = timestampMicros(ts);
    const qint64 threadMicros = threadTs.isEmpty() ? -1 : timestampMicros(threadTs);
    if (micros < 0 || (!threadTs.isEmpty() && threadMicros < 0))
        return QCoreApplication::translate("SlackExportParser", "'%1' is not a Slack timestamp like 1512085950.000216")
            .arg(micros < 0 ? ts : threadTs);
    if (const QString reason = skipReason(subtype, botId); !reason.isEmpty()) {
        m_sink.skipMessage(reason);
        return {};
    }
    if (m_seenTs.contains(micros)) {
        m_sink.skipMessage(QStringLiteral("duplicate_message"));
        return {};
    }
    m_seenTs.insert(micros);
    if (threadMicros == micros)
        m_threadStarter.insert(micros, user);
    if (!m_sink.authoredBy(user))
        return {};
    const QString occurred = instantFromMicros(micros);
    if (threadMicros >= 0 && threadMicros != micros) {
        const QString starter = parentUser.isEmpty() ? m_threadStarter.value(threadMicros) : parentUser;
        if (starter.isEmpty())
            m_sink.skip(QStringLiteral("unknown_thread_parent"));
        else
            m_sink.interaction({QStringLiteral("reply"), user, starter, occurred, channel, 1});
    }
    addMentions(text, user, occurred, channel);
    return {};
}

void SlackExportParser::addMentions(const QString& text,
                                    const QString& author,
                                    const QString& occurred,
                                    const QString& channel)
{
    QStringList mentioned;
    // <@U024BE7LH> or <@U024BE7LH|bob>; <!here>, <#C...> and links are not people.
    for (qsizetype at = text.indexOf(QLatin1String("<@")); at >= 0; at = text.indexOf(QLatin1String("<@"), at + 2)) {
        qsizetype end = at + 2;
        while (end < text.size() && text.at(end) != QLatin1Char('>') && text.at(end) != QLatin1Char('|'))
            ++end;
        if (end >= text.size() || end == at + 2)
            break;
        const QString id = text.mid(at + 2, end - at - 2);
        if (mentioned.contains(id))
            continue;
        mentioned.append(id);
        m_sink.interaction({QStringLiteral("mention"), author, id, occurred, channel, 1});
    }
}

Status SlackExportParser::readFolders(SafeZipReader& zip, QHash<QString, QString>& folders)
{
    bool haveUsers = false;
    for (const SafeZipReader::Entry& entry : zip.entries()) {
        const QString& name = entry.name;
        const bool users = name == QLatin1String("users.json");
        const bool byName = name == QLatin1String("channels.json") || name == QLatin1String("groups.json")
                            || name == QLatin1String("mpims.json");
        const bool byId = name == QLatin1String("dms.json");
        if (!users && !byName && !byId)
            continue;
        auto data = zip.read(entry);
        if (!data)
            return Status::failure(data.errorString());
        const QString where = QStringLiteral("%1: %2").arg(m_archiveName, name);
        if (Status s = users ? parseUsers(*data, where) : parseChannels(*data, where, byId, folders); !s)
            return s;
        haveUsers = haveUsers || users;
    }
    if (!haveUsers)
        return Status::failure(QCoreApplication::translate(
                                   "SlackExportParser", "%1: users.json is missing; is this a Slack workspace export?")
                                   .arg(m_archiveName));
    return {};
}

Status SlackExportParser::parseArchive(QIODevice* device, const QString& archiveName)
{
    m_archiveName = archiveName;
    SafeZipReader zip;
    if (Status s = zip.open(device, archiveName); !s)
        return s;
    QHash<QString, QString> folders;
    if (Status s = readFolders(zip, folders); !s)
        return s;
    // folder -> day -> entry: channels in name order, days in date order, whatever the archive's order.
    QMap<QString, QMap<QString, const SafeZipReader::Entry*>> days;
    for (const SafeZipReader::Entry& entry : zip.entries()) {
        QString folder;
        QString day;
        if (dayEntry(entry.name, folder, day))
            days[folder].insert(day, &entry);
    }
    qint64 total = 0;
    for (const auto& channelDays : std::as_const(days))
        total += channelDays.size();
    qint64 done = 0;
    for (auto channel = days.constBegin(); channel != days.constEnd(); ++channel) {
        if (!folders.contains(channel.key()))
            m_sink.warning(QCoreApplication::translate("SlackExportParser",
                                                       "%1: the folder %2 is in no channel list; imported as a channel")
                               .arg(archiveName, channel.key()));
        if (!m_sink.wantsChannel(channel.key())) {
            done += channel->size();
            continue;
        }
        startChannel();
        for (const SafeZipReader::Entry* entry : *channel) {
            auto data = zip.read(*entry);
            if (!data)
                return Status::failure(data.errorString());
            if (Status s = parseDay(*data, QStringLiteral("%1: %2").arg(archiveName, entry->name), channel.key()); !s)
                return s;
            if (!m_sink.progress(++done, total))
                return Status::failure(
                    QCoreApplication::translate("SlackExportParser", "The import was cancelled; nothing was changed."));
        }
    }
    return {};
}

} // namespace steward
