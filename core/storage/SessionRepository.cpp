// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionRepository.h"

#include "model/SessionPhasePlan.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace steward {

namespace {

const QString kColumns =
    QStringLiteral("s.id, s.community_id, s.format, s.title, s.start_utc, s.time_zone, s.minutes, s.place, s.link, "
                   "s.facilitator_id, s.agenda, s.notes, s.learnings, s.confidential, s.uid, s.sequence, "
                   "r.frequency, r.repeat_interval, r.weekdays, r.week_of_month, r.session_count, r.until_date");
const QString kFrom = QStringLiteral("FROM session s LEFT JOIN session_series r ON r.session_id = s.id");

/** Instants are stored as ISO-8601 UTC text with seconds, which also sorts as time does. */
QVariant sqlInstant(const QDateTime& instant)
{
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QDateTime instantFromSql(const QVariant& value)
{
    QDateTime instant = QDateTime::fromString(value.toString(), Qt::ISODate);
    return instant.toUTC();
}

QString localText(const QDateTime& instant)
{
    return instant.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString weekdaysText(const QList<Qt::DayOfWeek>& days)
{
    QStringList parts;
    for (Qt::DayOfWeek day : days)
        parts << QString::number(int(day));
    return parts.join(QLatin1Char(','));
}

QList<Qt::DayOfWeek> weekdaysFromText(const QString& text)
{
    QList<Qt::DayOfWeek> days;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        days << Qt::DayOfWeek(part.toInt());
    return days;
}

Session sessionFromRow(const QSqlQuery& q)
{
    Session s;
    s.id = q.value(0).toLongLong();
    s.communityId = q.value(1).toLongLong();
    s.format = sessionFormatFromKey(q.value(2).toString()).value_or(SessionFormat::CaseRound);
    s.title = q.value(3).toString();
    s.start = instantFromSql(q.value(4));
    s.timeZone = q.value(5).toString();
    s.minutes = q.value(6).toInt();
    s.place = q.value(7).toString();
    s.link = q.value(8).toString();
    s.facilitatorId = q.value(9).isNull() ? 0 : q.value(9).toLongLong();
    s.agenda = q.value(10).toString();
    s.notes = q.value(11).toString();
    s.learnings = q.value(12).toString();
    s.confidential = q.value(13).toInt() != 0;
    s.uid = q.value(14).toString();
    s.sequence = q.value(15).toInt();
    if (!q.value(16).isNull()) {
        RecurrenceRule rule;
        rule.frequency = q.value(16).toString() == QLatin1String("monthly") ? RecurrenceFrequency::MonthlyByWeekday
                                                                            : RecurrenceFrequency::Weekly;
        rule.interval = q.value(17).toInt();
        rule.weekdays = weekdaysFromText(q.value(18).toString());
        rule.weekOfMonth = q.value(19).toInt();
        if (!q.value(20).isNull())
            rule.count = q.value(20).toInt();
        rule.until = dateFromSql(q.value(21));
        s.repeat = rule;
    }
    return s;
}

RecurrenceException exceptionFromRow(const QSqlQuery& q)
{
    RecurrenceException e;
    e.originalDate = dateFromSql(q.value(1));
    e.cancelled = q.value(2).toInt() != 0;
    e.movedDate = dateFromSql(q.value(3));
    e.movedTime = q.value(4).isNull() ? QTime() : QTime::fromString(q.value(4).toString(), Qt::ISODate);
    e.movedMinutes = q.value(5).toInt();
    return e;
}

/** Where the session's occurrences begin and end, moved ones included. */
QPair<QDateTime, QDateTime> spanOf(const Session& session)
{
    const QList<SessionOccurrence> all = session.occurrences();
    QDateTime first = session.start;
    QDateTime last = session.start.addSecs(qint64(session.minutes) * 60);
    if (!all.isEmpty()) {
        first = all.constFirst().start;
        last = all.constFirst().end;
    }
    for (const SessionOccurrence& o : all) {
        first = std::min(first, o.start);
        last = std::max(last, o.end);
    }
    return {first.toUTC(), last.toUTC()};
}

QVariantList sessionValues(const Session& s)
{
    const auto [spanStart, spanEnd] = spanOf(s);
    return {s.communityId,
            sessionFormatKey(s.format),
            sqlText(s.title),
            sqlInstant(s.start),
            sqlText(s.timeZone),
            s.minutes,
            sqlText(s.place),
            sqlText(s.link),
            s.facilitatorId > 0 ? QVariant(s.facilitatorId) : QVariant(QMetaType(QMetaType::LongLong)),
            sqlText(s.agenda),
            sqlText(s.notes),
            sqlText(s.learnings),
            s.confidential ? 1 : 0,
            sqlText(s.uid),
            s.sequence,
            sqlInstant(spanStart),
            sqlInstant(spanEnd)};
}

} // namespace

SessionRepository::SessionRepository(const Database& database)
    : m_db(database.connection())
{
}

Result<QList<Session>> SessionRepository::select(const QString& where, const QVariantList& values) const
{
    using R = Result<QList<Session>>;
    auto query = runQuery(
        m_db, QStringLiteral("SELECT %1 %2 WHERE %3 ORDER BY s.start_utc, s.id").arg(kColumns, kFrom, where), values);
    if (!query)
        return R::failure(query.errorString());
    QList<Session> sessions;
    QHash<qint64, qsizetype> seriesIndex;
    while (query->next()) {
        sessions.append(sessionFromRow(*query));
        if (sessions.constLast().repeat)
            seriesIndex.insert(sessions.constLast().id, sessions.size() - 1);
    }
    if (seriesIndex.isEmpty())
        return sessions;
    // One query for the exceptions of every series selected.
    auto exceptions = runQuery(m_db,
                               QStringLiteral("SELECT e.session_id, e.original_date, e.cancelled, e.moved_date, "
                                              "e.moved_time, e.moved_minutes FROM session_exception e "
                                              "JOIN session s ON s.id = e.session_id WHERE %1 "
                                              "ORDER BY e.session_id, e.original_date")
                                   .arg(where),
                               values);
    if (!exceptions)
        return R::failure(exceptions.errorString());
    while (exceptions->next()) {
        const auto it = seriesIndex.constFind(exceptions->value(0).toLongLong());
        if (it != seriesIndex.constEnd())
            sessions[*it].exceptions.append(exceptionFromRow(*exceptions));
    }
    return sessions;
}

Result<std::optional<Session>> SessionRepository::find(qint64 id) const
{
    using R = Result<std::optional<Session>>;
    auto sessions = select(QStringLiteral("s.id = ?"), {id});
    if (!sessions)
        return R::failure(sessions.errorString());
    if (sessions->isEmpty())
        return R(std::nullopt);
    return R(sessions->constFirst());
}

Result<QList<Session>> SessionRepository::forCommunity(qint64 communityId) const
{
    return select(QStringLiteral("s.community_id = ?"), {communityId});
}

Result<QList<Session>> SessionRepository::touching(qint64 communityId, const QDateTime& from, const QDateTime& to) const
{
    QString where = QStringLiteral("s.community_id = ?");
    QVariantList values{communityId};
    if (to.isValid()) {
        where += QStringLiteral(" AND s.span_start_utc < ?");
        values << sqlInstant(to);
    }
    if (from.isValid()) {
        where += QStringLiteral(" AND s.span_end_utc > ?");
        values << sqlInstant(from);
    }
    return select(where, values);
}

Result<QList<SessionOccurrence>>
SessionRepository::occurrences(qint64 communityId, const QDateTime& from, const QDateTime& to) const
{
    auto sessions = touching(communityId, from, to);
    if (!sessions)
        return Result<QList<SessionOccurrence>>::failure(sessions.errorString());
    QList<SessionOccurrence> all;
    for (const Session& session : std::as_const(*sessions))
        all += session.occurrences(from, to);
    std::stable_sort(all.begin(), all.end(), [](const SessionOccurrence& a, const SessionOccurrence& b) {
        return a.start != b.start ? a.start < b.start : a.sessionId < b.sessionId;
    });
    return all;
}

Result<Session> SessionRepository::validated(const Session& session)
{
    using R = Result<Session>;
    Session s = session;
    s.title = s.title.trimmed();
    s.timeZone = s.timeZone.trimmed();
    s.place = s.place.trimmed();
    s.link = s.link.trimmed();
    s.uid = s.uid.trimmed();
    if (s.title.isEmpty())
        return R::failure(QCoreApplication::translate("SessionRepository", "A session needs a title."));
    if (s.communityId <= 0)
        return R::failure(
            QCoreApplication::translate("SessionRepository", "The session \"%1\" belongs to no community.")
                .arg(s.title));
    if (s.timeZone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(s.timeZone.toUtf8()))
        return R::failure(
            QCoreApplication::translate("SessionRepository", "\"%1\" is not a known time zone.").arg(s.timeZone));
    if (!s.start.isValid())
        return R::failure(
            QCoreApplication::translate("SessionRepository", "The session \"%1\" needs a start.").arg(s.title));
    // Stored to the second: the value read back must equal the one written.
    s.start = s.start.toUTC().addMSecs(-s.start.toUTC().time().msec());
    if (s.minutes < 1 || s.minutes > 24 * 60)
        return R::failure(
            QCoreApplication::translate("SessionRepository",
                                        "A session must last between 1 minute and 24 hours (got %1 minutes).")
                .arg(s.minutes));
    if (!s.repeat && !s.exceptions.isEmpty())
        return R::failure(
            QCoreApplication::translate("SessionRepository", "Only a series can move or cancel single occurrences."));
    if (s.repeat) {
        auto series = s.recurrence();
        if (!series)
            return R::failure(series.errorString());
        s.repeat = series->rule();
        s.exceptions = series->exceptions();
    }
    return R(s);
}

Status SessionRepository::checkReferences(const Session& session, const QList<SessionRoleAssignment>& roles) const
{
    auto exists = [this](const char* table, qint64 id) -> Result<bool> {
        auto q = runQuery(m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(QLatin1String(table)), {id});
        if (!q || !q->next())
            return Result<bool>::failure(q.errorString());
        return q->value(0).toLongLong() > 0;
    };
    auto community = exists("community", session.communityId);
    if (!community)
        return Status::failure(community.errorString());
    if (!*community)
        return Status::failure(
            QCoreApplication::translate("SessionRepository", "The community of \"%1\" does not exist.")
                .arg(session.title));
    QList<qint64> people;
    if (session.facilitatorId > 0)
        people << session.facilitatorId;
    for (const SessionRoleAssignment& role : roles)
        people << role.personId;
    for (qint64 person : std::as_const(people)) {
        auto found = exists("person", person);
        if (!found)
            return Status::failure(found.errorString());
        if (!*found)
            return Status::failure(
                QCoreApplication::translate("SessionRepository", "No person has the id %1.").arg(person));
    }
    return {};
}

Status SessionRepository::checkOverlap(const Session& session) const
{
    const QList<SessionOccurrence> mine = session.occurrences();
    if (mine.isEmpty())
        return {};
    const auto [spanStart, spanEnd] = spanOf(session);
    auto others = touching(session.communityId, spanStart, spanEnd);
    if (!others)
        return Status::failure(others.errorString());
    for (const Session& other : std::as_const(*others)) {
        if (other.id == session.id)
            continue;
        for (const SessionOccurrence& theirs : other.occurrences(spanStart, spanEnd)) {
            for (const SessionOccurrence& ours : mine) {
                if (ours.start < theirs.end && theirs.start < ours.end) {
                    return Status::failure(
                        QCoreApplication::translate(
                            "SessionRepository", "\"%1\" at %2 would overlap \"%3\" (%4 to %5) in the same community.")
                            .arg(session.title,
                                 localText(ours.start),
                                 other.title,
                                 localText(theirs.start),
                                 localText(theirs.end.toTimeZone(theirs.start.timeZone()))));
                }
            }
        }
    }
    return {};
}

Status SessionRepository::requireSession(qint64 sessionId) const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT count(*) FROM session WHERE id = ?"), {sessionId});
    if (!q || !q->next())
        return Status::failure(q.errorString());
    if (q->value(0).toLongLong() == 0)
        return Status::failure(
            QCoreApplication::translate("SessionRepository", "There is no session with the id %1.").arg(sessionId));
    return {};
}

Status SessionRepository::writeSeries(const Session& session)
{
    if (auto q = runQuery(m_db, QStringLiteral("DELETE FROM session_series WHERE session_id = ?"), {session.id}); !q)
        return Status::failure(q.errorString());
    if (!session.repeat)
        return {};
    const RecurrenceRule& rule = *session.repeat;
    const bool monthly = rule.frequency == RecurrenceFrequency::MonthlyByWeekday;
    auto series = runQuery(m_db,
                           QStringLiteral("INSERT INTO session_series (session_id, frequency, repeat_interval, "
                                          "weekdays, week_of_month, session_count, until_date) "
                                          "VALUES (?,?,?,?,?,?,?)"),
                           {session.id,
                            monthly ? QStringLiteral("monthly") : QStringLiteral("weekly"),
                            rule.interval,
                            sqlText(weekdaysText(rule.weekdays)),
                            monthly ? rule.weekOfMonth : 0,
                            rule.count ? QVariant(*rule.count) : QVariant(QMetaType(QMetaType::Int)),
                            sqlDate(rule.until)});
    if (!series)
        return Status::failure(series.errorString());
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral("INSERT INTO session_exception (session_id, original_date, cancelled, "
                                       "moved_date, moved_time, moved_minutes) VALUES (?,?,?,?,?,?)")))
        return Status::failure(QCoreApplication::translate("SessionRepository", "Could not save the series."));
    for (const RecurrenceException& e : session.exceptions) {
        const QVariant time = e.cancelled ? QVariant(QMetaType(QMetaType::QString))
                                          : QVariant(e.movedTime.toString(QStringLiteral("HH:mm:ss")));
        if (Status s = rerunQuery(insert,
                                  {session.id,
                                   sqlDate(e.originalDate),
                                   e.cancelled ? 1 : 0,
                                   e.cancelled ? sqlDate(QDate()) : sqlDate(e.movedDate),
                                   time,
                                   e.cancelled ? 0 : e.movedMinutes});
            !s)
            return s;
    }
    return {};
}

Status SessionRepository::writeRoles(qint64 sessionId, const QList<SessionRoleAssignment>& roles)
{
    if (auto q = runQuery(m_db, QStringLiteral("DELETE FROM session_role WHERE session_id = ?"), {sessionId}); !q)
        return Status::failure(q.errorString());
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral("INSERT OR IGNORE INTO session_role (session_id, person_id, role) "
                                       "VALUES (?,?,?)")))
        return Status::failure(QCoreApplication::translate("SessionRepository", "Could not save the roles."));
    for (const SessionRoleAssignment& role : roles) {
        if (Status s = rerunQuery(insert, {sessionId, role.personId, sessionRoleKey(role.role)}); !s)
            return s;
    }
    return {};
}

Status SessionRepository::writePhases(qint64 sessionId, const QList<SessionPhase>& phases)
{
    if (auto q = runQuery(m_db, QStringLiteral("DELETE FROM session_phase WHERE session_id = ?"), {sessionId}); !q)
        return Status::failure(q.errorString());
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral("INSERT INTO session_phase (session_id, position, name, minutes, prompt) "
                                       "VALUES (?,?,?,?,?)")))
        return Status::failure(QCoreApplication::translate("SessionRepository", "Could not save the phase plan."));
    for (qsizetype i = 0; i < phases.size(); ++i) {
        const SessionPhase& phase = phases.at(i);
        if (Status s = rerunQuery(
                insert, {sessionId, int(i + 1), sqlText(phase.name.trimmed()), phase.minutes, sqlText(phase.prompt)});
            !s)
            return s;
    }
    return {};
}

Result<qint64> SessionRepository::add(const Session& session, const QList<SessionRoleAssignment>& roles)
{
    using R = Result<qint64>;
    auto valid = validated(session);
    if (!valid)
        return R::failure(valid.errorString());
    Session s = *valid;
    if (s.uid.isEmpty())
        s.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return R::failure(transaction.errorString());
    if (Status c = checkReferences(s, roles); !c)
        return R::failure(c.errorString());
    if (Status c = checkOverlap(s); !c)
        return R::failure(c.errorString());
    QVariantList values = sessionValues(s);
    values.prepend(s.id > 0 ? QVariant(s.id) : QVariant(QMetaType(QMetaType::LongLong)));
    auto insert = runQuery(m_db,
                           QStringLiteral("INSERT INTO session (id, community_id, format, title, start_utc, time_zone, "
                                          "minutes, place, link, facilitator_id, agenda, notes, learnings, "
                                          "confidential, uid, sequence, span_start_utc, span_end_utc) "
                                          "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                           values);
    if (!insert)
        return R::failure(QCoreApplication::translate("SessionRepository", "Could not add the session \"%1\": %2")
                              .arg(s.title, insert.errorString()));
    s.id = insert->lastInsertId().toLongLong();
    const QList<SessionPhase> plan = SessionPhasePlan::fitted(SessionPhasePlan::defaultFor(s.format), s.minutes);
    Status written = writeSeries(s);
    if (written)
        written = writeRoles(s.id, roles);
    if (written)
        written = writePhases(s.id, plan);
    if (!written)
        return R::failure(QCoreApplication::translate("SessionRepository", "Could not add the session \"%1\": %2")
                              .arg(s.title, written.errorString()));
    if (Status c = transaction.commit(); !c)
        return R::failure(c.errorString());
    return R(s.id);
}

Status SessionRepository::update(const Session& session)
{
    auto valid = validated(session);
    if (!valid)
        return Status::failure(valid.errorString());
    Session s = *valid;
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.errorString());
    auto stored = find(s.id);
    if (!stored)
        return Status::failure(stored.errorString());
    if (!stored->has_value())
        return Status::failure(
            QCoreApplication::translate("SessionRepository", "The session \"%1\" no longer exists.").arg(s.title));
    if (s.uid.isEmpty())
        s.uid = (*stored)->uid;
    s.sequence = std::max(s.sequence, (*stored)->sequence) + 1;
    if (Status c = checkReferences(s, {}); !c)
        return c;
    if (Status c = checkOverlap(s); !c)
        return c;
    QVariantList values = sessionValues(s);
    values.append(s.id);
    auto query = runQuery(m_db,
                          QStringLiteral("UPDATE session SET community_id=?, format=?, title=?, start_utc=?, "
                                         "time_zone=?, minutes=?, place=?, link=?, facilitator_id=?, agenda=?, "
                                         "notes=?, learnings=?, confidential=?, uid=?, sequence=?, "
                                         "span_start_utc=?, span_end_utc=? WHERE id=?"),
                          values);
    if (!query)
        return Status::failure(QCoreApplication::translate("SessionRepository", "Could not save the session \"%1\": %2")
                                   .arg(s.title, query.errorString()));
    if (Status w = writeSeries(s); !w)
        return w;
    return transaction.commit();
}

Status SessionRepository::remove(qint64 id)
{
    auto query = runQuery(m_db, QStringLiteral("DELETE FROM session WHERE id = ?"), {id});
    if (!query)
        return Status::failure(QCoreApplication::translate("SessionRepository", "Could not delete the session: %1")
                                   .arg(query.errorString()));
    return {};
}

Status SessionRepository::setException(qint64 sessionId, const RecurrenceException& exception)
{
    auto stored = find(sessionId);
    if (!stored)
        return Status::failure(stored.errorString());
    if (!stored->has_value())
        return requireSession(sessionId);
    Session s = **stored;
    auto series = s.recurrence();
    if (!series)
        return Status::failure(series.errorString());
    auto changed = series->withException(exception);
    if (!changed)
        return Status::failure(changed.errorString());
    s.exceptions = changed->exceptions();
    return update(s);
}

Status SessionRepository::removeException(qint64 sessionId, QDate originalDate)
{
    auto stored = find(sessionId);
    if (!stored)
        return Status::failure(stored.errorString());
    if (!stored->has_value())
        return requireSession(sessionId);
    Session s = **stored;
    s.exceptions.removeIf([originalDate](const RecurrenceException& e) { return e.originalDate == originalDate; });
    return update(s);
}

Result<QList<SessionRoleAssignment>> SessionRepository::roles(qint64 sessionId) const
{
    using R = Result<QList<SessionRoleAssignment>>;
    auto query =
        runQuery(m_db, QStringLiteral("SELECT person_id, role FROM session_role WHERE session_id = ?"), {sessionId});
    if (!query)
        return R::failure(query.errorString());
    QList<SessionRoleAssignment> roles;
    while (query->next()) {
        if (const auto role = sessionRoleFromKey(query->value(1).toString()))
            roles.append({query->value(0).toLongLong(), *role});
    }
    std::sort(roles.begin(), roles.end(), [](const auto& a, const auto& b) {
        return a.role != b.role ? a.role < b.role : a.personId < b.personId;
    });
    return roles;
}

Status SessionRepository::setRoles(qint64 sessionId, const QList<SessionRoleAssignment>& roles)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.errorString());
    auto stored = find(sessionId);
    if (!stored)
        return Status::failure(stored.errorString());
    if (!stored->has_value())
        return requireSession(sessionId);
    if (Status c = checkReferences(**stored, roles); !c)
        return c;
    if (Status w = writeRoles(sessionId, roles); !w)
        return w;
    return transaction.commit();
}

Result<QList<SessionPhase>> SessionRepository::phases(qint64 sessionId) const
{
    using R = Result<QList<SessionPhase>>;
    auto query = runQuery(
        m_db,
        QStringLiteral("SELECT name, minutes, prompt FROM session_phase WHERE session_id = ? ORDER BY position"),
        {sessionId});
    if (!query)
        return R::failure(query.errorString());
    QList<SessionPhase> phases;
    while (query->next())
        phases.append({query->value(0).toString(), query->value(1).toInt(), query->value(2).toString()});
    return phases;
}

Status SessionRepository::setPhases(qint64 sessionId, const QList<SessionPhase>& phases)
{
    for (const SessionPhase& phase : phases) {
        if (phase.name.trimmed().isEmpty())
            return Status::failure(QCoreApplication::translate("SessionRepository", "Every phase needs a name."));
        if (phase.minutes < 1 || phase.minutes > 24 * 60)
            return Status::failure(QCoreApplication::translate(
                                       "SessionRepository", "The phase \"%1\" must last between 1 minute and 24 hours.")
                                       .arg(phase.name.trimmed()));
    }
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.errorString());
    if (Status c = requireSession(sessionId); !c)
        return c;
    if (Status w = writePhases(sessionId, phases); !w)
        return w;
    return transaction.commit();
}

} // namespace steward
