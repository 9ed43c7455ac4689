// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityLedger.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace steward {

namespace {

// Every dated event of one community (the community id is the first bound value). A session's held
// occurrences are those someone attended, or its first day when it keeps no attendance at all; roles and
// facilitation count once per held occurrence. Seats count when marked done, the rotating facilitator's and
// note-taker's too (a done rotating facilitator stands in for the series' own on that day).
const char* const kEvents = R"(
WITH c(id) AS (SELECT ?),
held(session_id, day) AS (
    SELECT DISTINCT sa.session_id, sa.occurrence_date FROM session_attendance sa
        JOIN session s ON s.id = sa.session_id
        WHERE s.community_id = (SELECT id FROM c) AND sa.status = 'attended'
    UNION
    SELECT s.id, substr(s.start_utc, 1, 10) FROM session s
        WHERE s.community_id = (SELECT id FROM c)
          AND NOT EXISTS (SELECT 1 FROM session_attendance x WHERE x.session_id = s.id)),
events(person_id, day, activity) AS (
    SELECT sa.person_id, sa.occurrence_date, 'session-attended' FROM session_attendance sa
        JOIN session s ON s.id = sa.session_id
        WHERE s.community_id = (SELECT id FROM c) AND sa.status = 'attended'
    UNION ALL
    SELECT r.person_id, h.day, r.role FROM session_role r JOIN held h ON h.session_id = r.session_id
        WHERE r.role IN ('note-taker', 'co-lead', 'presenter')
    UNION ALL
    SELECT s.facilitator_id, h.day, 'session-facilitated' FROM session s JOIN held h ON h.session_id = s.id
        WHERE s.facilitator_id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM session_role_seat x WHERE x.session_id = s.id AND x.occurrence_date = h.day
                AND x.role = 'facilitator' AND x.status = 'done' AND x.person_id IS NOT NULL)
    UNION ALL
    SELECT x.person_id, x.occurrence_date,
           CASE x.role WHEN 'facilitator' THEN 'session-facilitated' ELSE 'note-taker' END
        FROM session_role_seat x JOIN session s ON s.id = x.session_id
        WHERE s.community_id = (SELECT id FROM c) AND x.status = 'done' AND x.person_id IS NOT NULL
    UNION ALL
    SELECT st.person_id, st.meeting_date, 'micro-teach' FROM rotation_seat st
        JOIN rotation_plan p ON p.id = st.plan_id
        WHERE p.kind = 'micro-teach' AND p.community_id = (SELECT id FROM c) AND st.status = 'done'
          AND st.person_id IS NOT NULL
    UNION ALL
    SELECT st.person_id, st.meeting_date, 'hot-seat' FROM rotation_seat st
        JOIN rotation_plan p ON p.id = st.plan_id JOIN mastermind_group g ON g.id = p.mastermind_group_id
        WHERE p.kind = 'hot-seat' AND g.community_id = (SELECT id FROM c) AND st.status = 'done'
          AND st.person_id IS NOT NULL
    UNION ALL
    SELECT w.person_id, substr(a.created_at, 1, 10), 'artefact-written' FROM artefact_author w
        JOIN artefact a ON a.id = w.artefact_id WHERE a.community_id = (SELECT id FROM c)
    UNION ALL
    SELECT w.person_id, ra.first_approval, 'reviewed-artefact' FROM artefact_author w
        JOIN (SELECT r.artefact_id, min(r.reviewed_on) AS first_approval FROM review r
              JOIN artefact a ON a.id = r.artefact_id
              WHERE a.community_id = (SELECT id FROM c) AND r.verdict = 'approve' GROUP BY r.artefact_id) ra
        ON ra.artefact_id = w.artefact_id
    UNION ALL
    SELECT r.reviewer_id, r.reviewed_on, 'review-given' FROM review r JOIN artefact a ON a.id = r.artefact_id
        WHERE a.community_id = (SELECT id FROM c)
    UNION ALL
    SELECT i.source_id, substr(i.occurred, 1, 10), 'answer-given' FROM interaction i
        WHERE i.community_id = (SELECT id FROM c) AND i.kind = 'reply' AND i.occurred IS NOT NULL)
)";

} // namespace

ActivityLedger::ActivityLedger(const Database& database)
    : m_db(database.connection())
{
}

Result<QHash<qint64, ActivityCounts>>
ActivityLedger::counts(qint64 communityId, const QDate& from, const QDate& to) const
{
    using R = Result<QHash<qint64, ActivityCounts>>;
    const QString sql = QLatin1String(kEvents)
                        + QStringLiteral("SELECT person_id, activity, count(*) FROM events "
                                         "WHERE day >= ? AND day <= ? GROUP BY person_id, activity");
    const QString first = from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-01-01");
    auto q = runQuery(m_db, sql, {communityId, first, to.toString(Qt::ISODate)});
    if (!q)
        return R::failure(q.errorString());
    QHash<qint64, ActivityCounts> result;
    while (q->next())
        result[q->value(0).toLongLong()].counts.insert(q->value(1).toString(), q->value(2).toInt());
    return result;
}

Result<QHash<qint64, ActivitySpan>> ActivityLedger::spans(qint64 communityId, const QDate& to) const
{
    using R = Result<QHash<qint64, ActivitySpan>>;
    const QString sql =
        QLatin1String(kEvents)
        + QStringLiteral("SELECT person_id, min(CASE WHEN activity <> 'session-attended' THEN day END), "
                         "max(day) FROM events WHERE day <= ? GROUP BY person_id");
    auto q = runQuery(m_db, sql, {communityId, to.toString(Qt::ISODate)});
    if (!q)
        return R::failure(q.errorString());
    QHash<qint64, ActivitySpan> result;
    while (q->next())
        result.insert(q->value(0).toLongLong(), {dateFromSql(q->value(1)), dateFromSql(q->value(2))});
    return result;
}

} // namespace steward
