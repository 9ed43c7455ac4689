// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionCommandInput.h"

#include "storage/CommunityRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SessionRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QSaveFile>

namespace steward {

SessionCommandInput::SessionCommandInput(const QCommandLineParser& parser, CliContext& context, QString command)
    : m_parser(parser)
    , m_context(context)
    , m_command(std::move(command))
{
}

void SessionCommandInput::usage(const QString& message)
{
    if (!m_code) {
        m_code = ExitCode::Usage;
        m_message = message;
    }
}

void SessionCommandInput::fail(const QString& message)
{
    if (!m_code) {
        m_code = ExitCode::Failure;
        m_message = message;
    }
}

ExitCode SessionCommandInput::report()
{
    return reportError(m_context, m_code.value_or(ExitCode::Failure), m_message);
}

QString SessionCommandInput::required(const QString& option)
{
    const QString value = m_parser.value(option).trimmed();
    if (value.isEmpty())
        usage(QCoreApplication::translate("SessionCommandInput", "%1 needs --%2").arg(m_command, option));
    return value;
}

QDate SessionCommandInput::date(const QString& option)
{
    if (!m_parser.isSet(option))
        return {};
    static const QRegularExpression shape(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    const QString text = m_parser.value(option).trimmed();
    const QDate value = QDate::fromString(text, Qt::ISODate);
    if (!shape.match(text).hasMatch() || !value.isValid()) {
        usage(QCoreApplication::translate("SessionCommandInput", "--%1 %2 is not a date in the form YYYY-MM-DD")
                  .arg(option, text));
        return {};
    }
    return value;
}

qint64 SessionCommandInput::number(const QString& option, qint64 low, qint64 high, qint64 fallback)
{
    if (!m_parser.isSet(option))
        return fallback;
    bool ok = false;
    const QString text = m_parser.value(option).trimmed();
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < low || value > high) {
        usage(QCoreApplication::translate("SessionCommandInput", "--%1 needs a whole number from %2 to %3, not %4")
                  .arg(option)
                  .arg(low)
                  .arg(high)
                  .arg(text));
        return fallback;
    }
    return value;
}

QTimeZone SessionCommandInput::timeZone()
{
    if (m_parser.isSet(QStringLiteral("timezone"))) {
        const QString id = m_parser.value(QStringLiteral("timezone")).trimmed();
        if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id.toUtf8())) {
            usage(QCoreApplication::translate("SessionCommandInput",
                                              "unknown time zone '%1': use an IANA name such as Europe/Berlin")
                      .arg(id));
            return QTimeZone::utc();
        }
        return QTimeZone(id.toUtf8());
    }
    const QByteArray system = QTimeZone::systemTimeZoneId();
    if (!system.isEmpty() && QTimeZone::isTimeZoneIdAvailable(system))
        return QTimeZone(system);
    return QTimeZone(QByteArrayLiteral("UTC"));
}

Database* SessionCommandInput::database()
{
    if (m_database)
        return m_database.get();
    if (failed())
        return nullptr;
    auto opened = m_context.openDatabase();
    if (!opened) {
        fail(opened.errorString());
        return nullptr;
    }
    m_database = std::move(*opened);
    return m_database.get();
}

std::optional<Community> SessionCommandInput::community(const QString& name)
{
    Database* db = database();
    if (!db)
        return std::nullopt;
    auto found = CommunityRepository(*db).findByName(name);
    if (!found) {
        fail(found.errorString());
        return std::nullopt;
    }
    if (!found->has_value())
        fail(QCoreApplication::translate("SessionCommandInput", "no community is named %1").arg(name));
    return *found;
}

std::optional<Person> SessionCommandInput::person(const QString& nameOrEmail)
{
    Database* db = database();
    if (!db)
        return std::nullopt;
    auto found = PersonRepository(*db).findByNameOrEmail(nameOrEmail);
    if (!found) {
        fail(found.errorString());
        return std::nullopt;
    }
    return *found;
}

std::optional<Session> SessionCommandInput::session(const QString& idText)
{
    bool ok = false;
    const qint64 id = idText.trimmed().toLongLong(&ok);
    if (!ok || id < 1) {
        usage(QCoreApplication::translate("SessionCommandInput", "--session needs a session id (a number), not %1")
                  .arg(idText));
        return std::nullopt;
    }
    Database* db = database();
    if (!db)
        return std::nullopt;
    auto found = SessionRepository(*db).find(id);
    if (!found) {
        fail(found.errorString());
        return std::nullopt;
    }
    if (!found->has_value())
        fail(QCoreApplication::translate("SessionCommandInput", "there is no session with the id %1").arg(id));
    return *found;
}

std::optional<SessionOccurrence> SessionCommandInput::occurrence(const Session& session, QDate date)
{
    if (session.isSeries() && !date.isValid()) {
        usage(
            QCoreApplication::translate("SessionCommandInput", "session %1 is a series: give --date of the occurrence")
                .arg(session.id));
        return std::nullopt;
    }
    const QList<SessionOccurrence> all = session.occurrences();
    if (!session.isSeries() && !date.isValid() && !all.isEmpty())
        return all.constFirst();
    for (const SessionOccurrence& o : all) {
        if (o.date == date)
            return o;
    }
    // A moved occurrence may be named by the day it moved to.
    for (const SessionOccurrence& o : all) {
        if (o.moved && o.start.date() == date)
            return o;
    }
    fail(QCoreApplication::translate("SessionCommandInput", "\"%1\" (session %2) does not take place on %3")
             .arg(session.title)
             .arg(session.id)
             .arg(date.toString(Qt::ISODate)));
    return std::nullopt;
}

std::optional<std::pair<Session, SessionOccurrence>> SessionCommandInput::seriesOccurrence(const QString& oneOffMessage)
{
    const QString sessionId = required(QStringLiteral("session"));
    required(QStringLiteral("date"));
    const QDate day = date(QStringLiteral("date"));
    if (failed())
        return std::nullopt;
    const auto series = session(sessionId);
    if (failed())
        return std::nullopt;
    if (!series->isSeries()) {
        usage(oneOffMessage.arg(series->id));
        return std::nullopt;
    }
    const auto found = occurrence(*series, day);
    if (failed())
        return std::nullopt;
    return std::pair{*series, *found};
}

QString SessionCommandInput::isoLocal(const QDateTime& instant)
{
    const int offset = instant.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return instant.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"))
           + QStringLiteral("%1%2:%3")
                 .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                 .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                 .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

Status SessionCommandInput::write(const QCommandLineParser& parser, const QByteArray& bytes, QTextStream& out)
{
    const QString path = parser.value(QStringLiteral("output"));
    if (path.isEmpty()) {
        out << QString::fromUtf8(bytes);
        out.flush();
        return {};
    }
    // QSaveFile: a half-written output file never replaces a good one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(
            QCoreApplication::translate("SessionCommandInput", "cannot write '%1': %2").arg(path, file.errorString()));
    return {};
}

} // namespace steward
