// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommunityTrendQuery.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QSet>

namespace steward {

namespace {

QList<QDate> monthStarts(QDate lastDay, int months)
{
    QList<QDate> starts;
    const QDate last(lastDay.year(), lastDay.month(), 1);
    for (int i = months - 1; i >= 0; --i)
        starts.append(last.addMonths(-i));
    return starts;
}

struct Change
{
    qint64 membership = 0;
    QDate date;
    ParticipationLevel to = ParticipationLevel::Observer;
};

struct Stay
{
    QDate joined;
    QDate left;
};

// Everyone's level at each month end: the last change on or before it, while they were a member.
Status loadLevels(const QSqlDatabase& db, qint64 communityId, CommunityTrends& trends, const QList<QDate>& starts)
{
    auto q = runQuery(db,
                      QStringLiteral("SELECT m.id, m.joined, m.left_on, c.changed_on, c.to_level FROM membership m "
                                     "JOIN level_change c ON c.membership_id = m.id WHERE m.community_id = ? "
                                     "ORDER BY m.id, c.changed_on, c.id"),
                      {communityId});
    if (!q)
        return Status::failure(q.errorString());
    QList<Change> changes;
    QHash<qint64, Stay> stays;
    while (q->next()) {
        const auto level = participationLevelFromKey(q->value(4).toString());
        if (!level)
            continue;
        changes.append({q->value(0).toLongLong(), dateFromSql(q->value(3)), *level});
        stays.insert(changes.last().membership, {dateFromSql(q->value(1)), dateFromSql(q->value(2))});
    }
    for (const QDate& start : starts) {
        const QDate end = start.addMonths(1).addDays(-1);
        MonthLevels month{start, {}};
        QHash<qint64, ParticipationLevel> current;
        for (const Change& c : std::as_const(changes))
            if (c.date <= end)
                current.insert(c.membership, c.to);
        for (auto it = current.cbegin(); it != current.cend(); ++it) {
            const Stay stay = stays.value(it.key());
            if ((stay.joined.isValid() && stay.joined > end) || (stay.left.isValid() && stay.left <= end))
                continue;
            ++month.members[size_t(it.value())];
        }
        trends.levels.append(month);
    }
    return {};
}

Status loadMoves(const QSqlDatabase& db, qint64 communityId, CommunityTrends& trends, QDate from, QDate to)
{
    auto q = runQuery(db,
                      QStringLiteral("SELECT c.from_level, c.to_level, COUNT(*) FROM level_change c "
                                     "JOIN membership m ON m.id = c.membership_id WHERE m.community_id = ? "
                                     "AND c.from_level IS NOT NULL AND c.from_level <> c.to_level "
                                     "AND c.changed_on BETWEEN ? AND ? GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2"),
                      {communityId, sqlDate(from), sqlDate(to)});
    if (!q)
        return Status::failure(q.errorString());
    while (q->next()) {
        const auto a = participationLevelFromKey(q->value(0).toString());
        const auto b = participationLevelFromKey(q->value(1).toString());
        if (a && b)
            trends.moves.append({*a, *b, q->value(2).toInt()});
    }
    return {};
}

// Occurrences held: those with attendance recorded (a series' future dates have none yet).
Status loadSessions(const QSqlDatabase& db, qint64 communityId, CommunityTrends& trends, const QList<QDate>& starts)
{
    auto q = runQuery(db,
                      QStringLiteral("SELECT substr(a.occurrence_date, 1, 7), s.format, COUNT(DISTINCT a.session_id || "
                                     "'/' || a.occurrence_date), SUM(a.status = 'attended'), COUNT(*) "
                                     "FROM session_attendance a JOIN session s ON s.id = a.session_id "
                                     "WHERE s.community_id = ? AND a.occurrence_date BETWEEN ? AND ? GROUP BY 1, 2"),
                      {communityId, sqlDate(starts.first()), sqlDate(starts.last().addMonths(1).addDays(-1))});
    if (!q)
        return Status::failure(q.errorString());
    for (const QDate& start : starts)
        trends.sessions.append({start, {}, 0, 0});
    QSet<QString> formats;
    while (q->next()) {
        const QDate month = QDate::fromString(q->value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        const qsizetype i = starts.indexOf(month);
        if (i < 0)
            continue;
        MonthSessions& m = trends.sessions[i];
        m.byFormat.insert(q->value(1).toString(), q->value(2).toInt());
        m.attended += q->value(3).toInt();
        m.recorded += q->value(4).toInt();
        formats.insert(q->value(1).toString());
    }
    trends.formats = QStringList(formats.cbegin(), formats.cend());
    trends.formats.sort();
    return {};
}

Status loadMicroTeach(const QSqlDatabase& db, qint64 communityId, CommunityTrends& trends, QDate from, QDate to)
{
    auto q =
        runQuery(db,
                 QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT r.person_id) FROM membership m LEFT JOIN "
                                "(SELECT sr.person_id FROM session_role sr JOIN session s ON s.id = sr.session_id "
                                "WHERE s.community_id = ? AND s.format = 'micro-teach' AND sr.role = 'presenter' "
                                "AND substr(s.span_start_utc, 1, 10) <= ? AND substr(s.span_end_utc, 1, 10) >= ?) r "
                                "ON r.person_id = m.person_id WHERE m.community_id = ? "
                                "AND (m.left_on IS NULL OR m.left_on > ?)"),
                 {communityId, sqlDate(to), sqlDate(from), communityId, sqlDate(to)});
    if (!q)
        return Status::failure(q.errorString());
    if (q->next()) {
        trends.microTeachPresenters = q->value(1).toInt();
    }
    auto members = runQuery(db,
                            QStringLiteral("SELECT COUNT(*) FROM membership WHERE community_id = ? "
                                           "AND (left_on IS NULL OR left_on > ?)"),
                            {communityId, sqlDate(to)});
    if (!members)
        return Status::failure(members.errorString());
    trends.members = members->next() ? members->value(0).toInt() : 0;
    return {};
}

// Counts per month from a table another feature owns, when this workspace has it.
Result<std::optional<QList<int>>> monthlyCounts(const QSqlDatabase& db,
                                                const QString& table,
                                                const QString& dateColumn,
                                                qint64 communityId,
                                                const QList<QDate>& starts)
{
    using R = Result<std::optional<QList<int>>>;
    auto exists =
        runQuery(db, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"), {table});
    if (!exists)
        return R::failure(exists.errorString());
    if (!exists->next())
        return R(std::nullopt);
    // Table and column names are ours (constants above), never user input.
    auto q = runQuery(db,
                      QStringLiteral("SELECT substr(%1, 1, 7), COUNT(*) FROM %2 WHERE community_id = ? GROUP BY 1")
                          .arg(dateColumn, table),
                      {communityId});
    if (!q)
        return R::failure(q.errorString());
    QList<int> counts(starts.size(), 0);
    while (q->next()) {
        const QDate month = QDate::fromString(q->value(0).toString() + QStringLiteral("-01"), Qt::ISODate);
        if (const qsizetype i = starts.indexOf(month); i >= 0)
            counts[i] = q->value(1).toInt();
    }
    return R(std::optional<QList<int>>(counts));
}

} // namespace

Result<CommunityTrends>
CommunityTrendQuery::load(const Database& database, qint64 communityId, QDate lastDay, int months)
{
    using R = Result<CommunityTrends>;
    const QSqlDatabase db = database.connection();
    CommunityTrends trends;
    const QList<QDate> starts = monthStarts(lastDay, months);
    const QDate to = starts.last().addMonths(1).addDays(-1);
    if (Status s = loadLevels(db, communityId, trends, starts); !s)
        return R::failure(s.errorString());
    if (Status s = loadMoves(db, communityId, trends, starts.first(), to); !s)
        return R::failure(s.errorString());
    if (Status s = loadSessions(db, communityId, trends, starts); !s)
        return R::failure(s.errorString());
    if (Status s = loadMicroTeach(db, communityId, trends, starts.first(), to); !s)
        return R::failure(s.errorString());
    auto artefacts = monthlyCounts(db, QStringLiteral("artefact"), QStringLiteral("created_at"), communityId, starts);
    if (!artefacts)
        return R::failure(artefacts.errorString());
    trends.artefactsAdded = *artefacts;
    auto recognitions =
        monthlyCounts(db, QStringLiteral("recognition"), QStringLiteral("given_on"), communityId, starts);
    if (!recognitions)
        return R::failure(recognitions.errorString());
    trends.recognitions = *recognitions;
    return trends;
}

} // namespace steward
