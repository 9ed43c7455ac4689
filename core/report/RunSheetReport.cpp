// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunSheetReport.h"

#include "model/SessionFormat.h"
#include "model/SessionRole.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace steward {

Result<QDate> RunSheetReport::defaultDay(const Database& database, qint64 sessionId, const QDate& first)
{
    auto q = runQuery(database.connection(),
                      QStringLiteral("SELECT coalesce((SELECT max(occurrence_date) FROM session_pairing WHERE "
                                     "session_id = ?), (SELECT max(occurrence_date) FROM session_attendance WHERE "
                                     "session_id = ?))"),
                      {sessionId, sessionId});
    if (!q)
        return Result<QDate>::failure(q.errorString());
    const QDate found = q->next() ? dateFromSql(q->value(0)) : QDate();
    return found.isValid() ? found : first;
}

Status RunSheetReport::addPhases(const Database& database, qint64 sessionId, const QTime& start, ReportSection& s)
{
    auto q = runQuery(database.connection(),
                      QStringLiteral("SELECT position, name, minutes, prompt FROM session_phase WHERE session_id = ? "
                                     "ORDER BY position"),
                      {sessionId});
    if (!q)
        return Status::failure(q.errorString());
    ReportTable table;
    table.header = {QCoreApplication::translate("RunSheetReport", "Starts"),
                    QCoreApplication::translate("RunSheetReport", "Phase"),
                    QCoreApplication::translate("RunSheetReport", "Minutes"),
                    QCoreApplication::translate("RunSheetReport", "Prompt")};
    table.numericColumns = {2};
    QTime at = start;
    while (q->next()) {
        table.rows << QStringList{at.toString(QStringLiteral("HH:mm")),
                                  q->value(1).toString(),
                                  q->value(2).toString(),
                                  q->value(3).toString()};
        at = at.addSecs(q->value(2).toInt() * 60);
    }
    s.addSubheading(QCoreApplication::translate("RunSheetReport", "Phases"));
    s.addTableOrAbsent(table, QCoreApplication::translate("RunSheetReport", "No phases are planned for this session."));
    return {};
}

Status RunSheetReport::addRoles(
    const Database& database, qint64 sessionId, const QDate& day, const PersonNames& names, ReportSection& s)
{
    auto q = runQuery(database.connection(),
                      QStringLiteral("SELECT r.role, p.id, p.name FROM session_role r JOIN person p ON p.id = "
                                     "r.person_id WHERE r.session_id = ? UNION ALL SELECT r.role, p.id, p.name FROM "
                                     "session_role_seat r JOIN person p ON p.id = r.person_id WHERE r.session_id = ? "
                                     "AND r.occurrence_date = ? ORDER BY 1, 3"),
                      {sessionId, sessionId, sqlDate(day)});
    if (!q)
        return Status::failure(q.errorString());
    ReportTable table;
    table.header = {QCoreApplication::translate("RunSheetReport", "Role"),
                    QCoreApplication::translate("RunSheetReport", "Person")};
    while (q->next()) {
        const QString key = q->value(0).toString();
        const auto role = sessionRoleFromKey(key);
        // The rotating facilitator (session_role_seat) is not a SessionRole.
        const QString name = role ? sessionRoleDisplayName(*role)
                             : key == QLatin1String("facilitator")
                                 ? QCoreApplication::translate("RunSheetReport", "Facilitator")
                                 : key;
        table.rows << QStringList{name, names.display(q->value(1).toLongLong(), q->value(2).toString())};
    }
    s.addSubheading(QCoreApplication::translate("RunSheetReport", "Roles"));
    s.addTableOrAbsent(table, QCoreApplication::translate("RunSheetReport", "No roles are given out."));
    return {};
}

Status RunSheetReport::addPairs(
    const Database& database, qint64 sessionId, const QDate& day, const PersonNames& names, ReportSection& s)
{
    auto q = runQuery(database.connection(),
                      QStringLiteral("SELECT g.round_no, g.group_no, p.id, p.name FROM session_pairing g JOIN person p "
                                     "ON p.id = g.person_id WHERE g.session_id = ? AND g.occurrence_date = ? ORDER BY "
                                     "g.round_no, g.group_no, p.name"),
                      {sessionId, sqlDate(day)});
    if (!q)
        return Status::failure(q.errorString());
    ReportTable table;
    table.header = {QCoreApplication::translate("RunSheetReport", "Round"),
                    QCoreApplication::translate("RunSheetReport", "Group"),
                    QCoreApplication::translate("RunSheetReport", "People")};
    table.numericColumns = {0, 1};
    while (q->next()) {
        const QString round = q->value(0).toString(), group = q->value(1).toString();
        const QString person = names.display(q->value(2).toLongLong(), q->value(3).toString());
        if (!table.rows.isEmpty() && table.rows.last().at(0) == round && table.rows.last().at(1) == group)
            table.rows.last()[2] += QStringLiteral(", ") + person;
        else
            table.rows << QStringList{round, group, person};
    }
    s.addSubheading(QCoreApplication::translate("RunSheetReport", "Pairs and groups"));
    s.addTableOrAbsent(table, QCoreApplication::translate("RunSheetReport", "No pairs are planned for this day."));
    return {};
}

Result<ReportContent> RunSheetReport::build(
    const Database& database, qint64 sessionId, const QDate& day, const ReportOptions& options, const Clock& clock)
{
    using R = Result<ReportContent>;
    auto q =
        runQuery(database.connection(),
                 QStringLiteral("SELECT s.title, s.format, s.start_utc, s.time_zone, s.minutes, s.place, s.link, "
                                "ifnull(p.id, 0), ifnull(p.name, ''), c.name FROM session s JOIN community c ON "
                                "c.id = s.community_id LEFT JOIN person p ON p.id = s.facilitator_id WHERE s.id = ?"),
                 {sessionId});
    if (!q)
        return R::failure(q.errorString());
    if (!q->next())
        return R::failure(QCoreApplication::translate("RunSheetReport", "no session with id %1").arg(sessionId));
    const QDateTime start =
        QDateTime::fromString(q->value(2).toString(), Qt::ISODate).toTimeZone(QTimeZone(q->value(3).toByteArray()));
    auto occurrence = day.isValid() ? Result<QDate>(day) : defaultDay(database, sessionId, start.date());
    PersonNames names;
    if (options.pseudonymise) {
        auto pseudonyms = PersonNames::pseudonymised(database, options.pseudonymKey);
        if (!pseudonyms)
            return R::failure(pseudonyms.errorString());
        names = *pseudonyms;
    }
    if (!occurrence)
        return R::failure(occurrence.errorString());
    ReportContent content;
    content.title = QCoreApplication::translate("RunSheetReport", "Run sheet");
    content.subtitle = q->value(0).toString();
    content.period = QLocale().toString(*occurrence, QStringLiteral("d MMMM yyyy"));
    content.generated = clock.now();
    content.author = QStringLiteral("Steward");
    ReportSection s;
    s.heading = q->value(0).toString();
    const auto format = sessionFormatFromKey(q->value(1).toString());
    s.addFigures(
        {{QCoreApplication::translate("RunSheetReport", "Day"), content.period},
         {QCoreApplication::translate("RunSheetReport", "Starts"), start.time().toString(QStringLiteral("HH:mm"))},
         {QCoreApplication::translate("RunSheetReport", "Minutes"), q->value(4).toString()}});
    s.addParagraph(QCoreApplication::translate("RunSheetReport", "%1 of %2. Place: %3. Facilitator: %4.")
                       .arg(format ? sessionFormatDisplayName(*format) : q->value(1).toString(),
                            q->value(9).toString(),
                            q->value(5).toString().isEmpty() ? q->value(6).toString() : q->value(5).toString(),
                            q->value(7).toLongLong() == 0
                                ? QStringLiteral("-")
                                : names.display(q->value(7).toLongLong(), q->value(8).toString())));
    for (Status st : {addPhases(database, sessionId, start.time(), s),
                      addRoles(database, sessionId, *occurrence, names, s),
                      addPairs(database, sessionId, *occurrence, names, s)}) {
        if (!st)
            return R::failure(st.errorString());
    }
    content.sections << s;
    return content;
}

} // namespace steward
