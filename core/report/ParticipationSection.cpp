// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParticipationSection.h"

#include "model/ParticipationLevel.h"
#include "report/SmallGroupSuppression.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>

namespace steward {

namespace {

// A member's level on a day: the last change on or before it, else the level they had before their
// first later change, else the level recorded now. Binds the day twice; kMemberOnDay binds the
// community and the day twice (plain ? placeholders: Qt's SQLite driver miscounts numbered ones).
const char* const kLevelOnDay = "coalesce((SELECT to_level FROM level_change c WHERE c.membership_id = m.id "
                                "AND c.changed_on <= ? ORDER BY c.changed_on DESC, c.id DESC LIMIT 1), "
                                "(SELECT from_level FROM level_change c WHERE c.membership_id = m.id "
                                "AND c.changed_on > ? ORDER BY c.changed_on, c.id LIMIT 1), m.level)";

const char* const kMemberOnDay = "m.community_id = ? AND (m.joined IS NULL OR m.joined <= ?) "
                                 "AND (m.left_on IS NULL OR m.left_on > ?)";

int rankOf(const QString& key)
{
    const auto level = participationLevelFromKey(key);
    return level ? static_cast<int>(*level) : -1;
}

QString levelName(const QString& key)
{
    const auto level = participationLevelFromKey(key);
    return level ? participationLevelDisplayName(*level) : QCoreApplication::translate("ParticipationSection", "new");
}

} // namespace

Result<QList<int>> ParticipationSection::levelCounts(const ReportScope& scope, const QDate& day)
{
    const QString sql = QStringLiteral("SELECT %1 AS lvl, count(*) FROM membership m WHERE %2 GROUP BY lvl")
                            .arg(QLatin1String(kLevelOnDay), QLatin1String(kMemberOnDay));
    auto q = runQuery(
        scope.database.connection(), sql, {sqlDate(day), sqlDate(day), scope.communityId, sqlDate(day), sqlDate(day)});
    if (!q)
        return Result<QList<int>>::failure(q.errorString());
    QList<int> counts(allParticipationLevels().size(), 0);
    while (q->next()) {
        const int rank = rankOf(q->value(0).toString());
        if (rank >= 0)
            counts[rank] = q->value(1).toInt();
    }
    return counts;
}

void ParticipationSection::addLevels(const QList<int>& start, const QList<int>& end, ReportSectionResult& result)
{
    ReportTable table;
    table.header = {QCoreApplication::translate("ParticipationSection", "Level"),
                    QCoreApplication::translate("ParticipationSection", "At the start"),
                    QCoreApplication::translate("ParticipationSection", "At the end"),
                    QCoreApplication::translate("ParticipationSection", "Change")};
    table.numericColumns = {1, 2, 3};
    ReportChart chart;
    chart.kind = ReportChart::Kind::Bar;
    chart.title = QCoreApplication::translate("ParticipationSection", "Members by participation level");
    chart.valueLabel = QCoreApplication::translate("ParticipationSection", "members");
    ReportSeries before{QCoreApplication::translate("ParticipationSection", "Start of period"), {}};
    ReportSeries after{QCoreApplication::translate("ParticipationSection", "End of period"), {}};
    const auto levels = allParticipationLevels();
    for (int i = 0; i < levels.size(); ++i) {
        const int delta = end.at(i) - start.at(i);
        table.rows << QStringList{participationLevelDisplayName(levels.at(i)),
                                  QString::number(start.at(i)),
                                  QString::number(end.at(i)),
                                  (delta > 0 ? QStringLiteral("+") : QString()) + QString::number(delta)};
        chart.categories << participationLevelDisplayName(levels.at(i));
        before.values << start.at(i);
        after.values << end.at(i);
    }
    chart.series = {before, after};
    int startTotal = 0, endTotal = 0;
    for (int i = 0; i < levels.size(); ++i) {
        startTotal += start.at(i);
        endTotal += end.at(i);
    }
    table.rows << QStringList{QCoreApplication::translate("ParticipationSection", "All members"),
                              QString::number(startTotal),
                              QString::number(endTotal),
                              QString::number(endTotal - startTotal)};
    result.section.addChart(chart);
    result.section.addTable(table);
    const QString line =
        startTotal == endTotal
            ? QCoreApplication::translate("ParticipationSection", "Membership stayed at %1 people.").arg(endTotal)
            : QCoreApplication::translate("ParticipationSection", "Membership went from %1 to %2 people.")
                  .arg(startTotal)
                  .arg(endTotal);
    result.summary << ReportFinding{endTotal >= startTotal ? ReportFinding::Tone::Good : ReportFinding::Tone::Attention,
                                    line};
}

Status ParticipationSection::addMoves(const ReportScope& scope, ReportSectionResult& result)
{
    auto q = runQuery(scope.database.connection(),
                      QStringLiteral("SELECT c.changed_on, p.id, p.name, c.from_level, c.to_level FROM level_change c "
                                     "JOIN membership m ON m.id = c.membership_id JOIN person p ON p.id = m.person_id "
                                     "WHERE m.community_id = ? AND c.changed_on BETWEEN ? AND ? "
                                     "ORDER BY c.changed_on, c.id"),
                      {scope.communityId, sqlDate(scope.from), sqlDate(scope.to)});
    if (!q)
        return Status::failure(q.errorString());
    int joined = 0, up = 0, down = 0;
    ReportTable moves;
    moves.caption = QCoreApplication::translate("ParticipationSection", "Moves toward the core in the period");
    moves.header = {QCoreApplication::translate("ParticipationSection", "Date"),
                    QCoreApplication::translate("ParticipationSection", "Person"),
                    QCoreApplication::translate("ParticipationSection", "From"),
                    QCoreApplication::translate("ParticipationSection", "To")};
    while (q->next()) {
        const QString fromKey = q->value(3).toString();
        const int delta = rankOf(q->value(4).toString()) - rankOf(fromKey);
        if (fromKey.isEmpty()) {
            ++joined;
            continue;
        }
        if (delta < 0) {
            ++down;
            continue;
        }
        ++up;
        moves.rows << QStringList{q->value(0).toString(),
                                  scope.names.display(q->value(1).toLongLong(), q->value(2).toString()),
                                  levelName(fromKey),
                                  levelName(q->value(4).toString())};
    }
    result.section.addSubheading(QCoreApplication::translate("ParticipationSection", "Movement"));
    result.section.addFigures(
        {{QCoreApplication::translate("ParticipationSection", "Joined"), QString::number(joined)},
         {QCoreApplication::translate("ParticipationSection", "Moved toward the core"), QString::number(up)},
         {QCoreApplication::translate("ParticipationSection", "Moved toward the edge"), QString::number(down)}});
    result.section.addTableOrAbsent(
        moves, QCoreApplication::translate("ParticipationSection", "Nobody moved toward the core in the period."));
    result.summary << ReportFinding{up > 0 ? ReportFinding::Tone::Good : ReportFinding::Tone::Attention,
                                    QCoreApplication::translate("ParticipationSection",
                                                                "%1 people moved toward the core, %2 toward the edge; "
                                                                "%3 joined.")
                                        .arg(up)
                                        .arg(down)
                                        .arg(joined)};
    return {};
}

Status ParticipationSection::addStuck(const ReportScope& scope, ReportSectionResult& result)
{
    // Stuck: still at the edge (observer or peripheral) with no level change for kStuckDays.
    const QString sql = QStringLiteral("SELECT count(*) FROM membership m WHERE %2 AND %1 IN ('observer', "
                                       "'peripheral') AND coalesce((SELECT max(changed_on) FROM level_change c WHERE "
                                       "c.membership_id = m.id AND c.changed_on <= ?), m.joined, '0000-00-00') < ?")
                            .arg(QLatin1String(kLevelOnDay), QLatin1String(kMemberOnDay));
    const QVariant day = sqlDate(scope.to);
    auto q = runQuery(scope.database.connection(),
                      sql,
                      {scope.communityId, day, day, day, day, day, sqlDate(scope.to.addDays(-kStuckDays))});
    if (!q)
        return Status::failure(q.errorString());
    const int stuck = q->next() ? q->value(0).toInt() : 0;
    if (stuck > 0)
        result.summary << ReportFinding{ReportFinding::Tone::Attention,
                                        QCoreApplication::translate("ParticipationSection",
                                                                    "%1 members have stayed at the edge (observer or "
                                                                    "peripheral) for more than %2 days.")
                                            .arg(stuck)
                                            .arg(kStuckDays)};
    return {};
}

Status
ParticipationSection::addGroups(const ReportScope& scope, const QString& column, const QString& label, ReportSection& s)
{
    // column is one of two fixed names chosen by the caller, never user input.
    const QString sql = QStringLiteral("SELECT CASE WHEN p.%3 = '' THEN '-' ELSE p.%3 END AS g, count(*), "
                                       "sum(%1 IN ('active', 'core', 'steward')) FROM membership m "
                                       "JOIN person p ON p.id = m.person_id WHERE %2 GROUP BY g ORDER BY g")
                            .arg(QLatin1String(kLevelOnDay), QLatin1String(kMemberOnDay), column);
    auto q = runQuery(scope.database.connection(),
                      sql,
                      {sqlDate(scope.to), sqlDate(scope.to), scope.communityId, sqlDate(scope.to), sqlDate(scope.to)});
    if (!q)
        return Status::failure(q.errorString());
    ReportTable table;
    table.header = {label,
                    QCoreApplication::translate("ParticipationSection", "Members"),
                    QCoreApplication::translate("ParticipationSection", "Active or more"),
                    QCoreApplication::translate("ParticipationSection", "Share active")};
    table.numericColumns = {1, 2, 3};
    while (q->next()) {
        const int members = q->value(1).toInt();
        const int active = q->value(2).toInt();
        table.rows << QStringList{q->value(0).toString(),
                                  QString::number(members),
                                  QString::number(active),
                                  QStringLiteral("%1%").arg(qRound(100.0 * active / qMax(1, members)))};
    }
    const int folded = SmallGroupSuppression::apply(table, 1, scope.options.minGroupSize);
    table.caption = folded > 0 ? QCoreApplication::translate("ParticipationSection",
                                                             "Figures of groups with fewer than %1 people are "
                                                             "suppressed.")
                                     .arg(scope.options.minGroupSize)
                               : QString();
    s.addTable(table);
    return {};
}

Result<ReportSectionResult> ParticipationSection::build(const ReportScope& scope)
{
    using R = Result<ReportSectionResult>;
    ReportSectionResult result;
    result.section.heading = QCoreApplication::translate("ParticipationSection", "Participation levels and movement");
    auto start = levelCounts(scope, scope.from.addDays(-1));
    auto end = levelCounts(scope, scope.to);
    if (!start || !end)
        return R::failure(start ? end.errorString() : start.errorString());
    addLevels(*start, *end, result);
    if (Status s = addMoves(scope, result); !s)
        return R::failure(s.errorString());
    if (Status s = addStuck(scope, result); !s)
        return R::failure(s.errorString());
    result.section.addSubheading(QCoreApplication::translate("ParticipationSection", "By department and team"));
    if (Status s = addGroups(scope,
                             QStringLiteral("department"),
                             QCoreApplication::translate("ParticipationSection", "Department"),
                             result.section);
        !s)
        return R::failure(s.errorString());
    if (Status s = addGroups(
            scope, QStringLiteral("team"), QCoreApplication::translate("ParticipationSection", "Team"), result.section);
        !s)
        return R::failure(s.errorString());
    return result;
}

} // namespace steward
