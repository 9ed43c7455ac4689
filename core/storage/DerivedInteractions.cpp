// SPDX-License-Identifier: GPL-3.0-or-later
#include "DerivedInteractions.h"

#include "storage/InteractionFilter.h"

namespace steward {

namespace {

// Everyone who attended an occurrence, paired with every later-id attendee of the same occurrence.
const char kCoAttendance[] = R"(
SELECT s.community_id, a.person_id, b.person_id, 'co-attendance', 'steward', s.title, a.occurrence_date,
       1.0 / (n.attendees - 1)
FROM session_attendance a
JOIN session_attendance b ON b.session_id = a.session_id AND b.occurrence_date = a.occurrence_date
     AND b.person_id > a.person_id AND b.status = 'attended'
JOIN session s ON s.id = a.session_id
JOIN (SELECT session_id, occurrence_date, count(*) AS attendees FROM session_attendance
      WHERE status = 'attended' GROUP BY session_id, occurrence_date) n
     ON n.session_id = a.session_id AND n.occurrence_date = a.occurrence_date
WHERE a.status = 'attended')";

// The members of one group of one round who both took part in it.
const char kPairing[] = R"(
SELECT s.community_id, p.person_id, q.person_id, 'pairing', 'steward', s.title, p.occurrence_date, 1.0
FROM session_pairing p
JOIN session_pairing q ON q.session_id = p.session_id AND q.occurrence_date = p.occurrence_date
     AND q.round_no = p.round_no AND q.group_no = p.group_no AND q.person_id > p.person_id AND q.met = 1
JOIN session s ON s.id = p.session_id
WHERE p.met = 1)";

// Every member present at a meeting advised the member whose hot seat there was held.
const char kHotSeatAdvice[] = R"(
SELECT g.community_id, m.person_id, r.person_id, 'hot-seat-advice', 'steward', g.name, r.meeting_date, 1.0
FROM rotation_seat r
JOIN rotation_plan p ON p.id = r.plan_id AND p.kind = 'hot-seat'
JOIN mastermind_group g ON g.id = p.mastermind_group_id
JOIN mastermind_member m ON m.group_id = g.id AND m.person_id <> r.person_id
WHERE r.status = 'done' AND r.person_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM absence x WHERE x.person_id = m.person_id
                  AND r.meeting_date BETWEEN x.from_date AND x.to_date))";

} // namespace

QStringList DerivedInteractions::kinds()
{
    return {QStringLiteral("co-attendance"), QStringLiteral("pairing"), QStringLiteral("hot-seat-advice")};
}

bool DerivedInteractions::admittedBy(const InteractionFilter& filter)
{
    if (!filter.platforms.isEmpty() && !filter.platforms.contains(QStringLiteral("steward")))
        return false;
    if (filter.kinds.isEmpty())
        return true;
    for (const QString& kind : kinds()) {
        if (filter.kinds.contains(kind))
            return true;
    }
    return false;
}

QString DerivedInteractions::selectSql()
{
    return QString::fromLatin1(kCoAttendance) + QStringLiteral("\nUNION ALL") + QString::fromLatin1(kPairing)
           + QStringLiteral("\nUNION ALL") + QString::fromLatin1(kHotSeatAdvice);
}

} // namespace steward
