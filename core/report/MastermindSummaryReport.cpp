// SPDX-License-Identifier: GPL-3.0-or-later
#include "MastermindSummaryReport.h"

#include "report/ReportPeriod.h"
#include "report/ReportScopeLoader.h"
#include "report/ScheduleReport.h"
#include "storage/Database.h"
#include "storage/GoalRepository.h"
#include "storage/MastermindRepository.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QHash>

namespace steward {

namespace {

Result<QHash<qint64, int>> countsBy(const ReportScope& scope, const QString& sql, const QVariantList& values)
{
    auto q = runQuery(scope.database.connection(), sql, values);
    if (!q)
        return Result<QHash<qint64, int>>::failure(q.errorString());
    QHash<qint64, int> counts;
    while (q->next())
        counts.insert(q->value(0).toLongLong(), q->value(1).toInt());
    return counts;
}

} // namespace

Result<ReportSection> MastermindSummaryReport::membersSection(const ReportScope& scope, const MastermindGroup& group)
{
    using R = Result<ReportSection>;
    // Attendance: the community's mastermind-format meetings in the period.
    auto attended = countsBy(scope,
                             QStringLiteral("SELECT a.person_id, count(*) FROM session_attendance a JOIN session s "
                                            "ON s.id = a.session_id WHERE s.community_id = ? AND s.format = "
                                            "'mastermind' AND a.status = 'attended' AND a.occurrence_date BETWEEN ? "
                                            "AND ? GROUP BY a.person_id"),
                             {scope.communityId, sqlDate(scope.from), sqlDate(scope.to)});
    auto turns = countsBy(scope,
                          QStringLiteral("SELECT s.person_id, count(*) FROM rotation_seat s JOIN rotation_plan p ON "
                                         "p.id = s.plan_id WHERE p.mastermind_group_id = ? AND s.status = 'done' AND "
                                         "s.meeting_date BETWEEN ? AND ? AND s.person_id IS NOT NULL GROUP BY "
                                         "s.person_id"),
                          {group.id, sqlDate(scope.from), sqlDate(scope.to)});
    if (!attended || !turns)
        return R::failure(attended ? turns.errorString() : attended.errorString());
    ReportSection s;
    s.heading = QCoreApplication::translate("MastermindSummaryReport", "Members, attendance and hot seats");
    ReportTable table;
    table.header = {QCoreApplication::translate("MastermindSummaryReport", "Member"),
                    QCoreApplication::translate("MastermindSummaryReport", "Meetings attended"),
                    QCoreApplication::translate("MastermindSummaryReport", "Hot-seat turns")};
    table.numericColumns = {1, 2};
    for (const MastermindMember& m : group.members)
        table.rows << QStringList{scope.names.display(m.personId, m.personName),
                                  QString::number(attended->value(m.personId)),
                                  QString::number(turns->value(m.personId))};
    if (attended->isEmpty())
        s.addAbsent(QCoreApplication::translate("MastermindSummaryReport",
                                                "No mastermind meeting of the community has recorded attendance in "
                                                "the period."));
    s.addTable(table);
    return s;
}

Result<ReportSection> MastermindSummaryReport::turnsSection(const ReportScope& scope, const MastermindGroup& group)
{
    auto q =
        runQuery(scope.database.connection(),
                 QStringLiteral("SELECT s.meeting_date, s.person_id, ifnull(p.name, ''), s.status FROM rotation_seat "
                                "s JOIN rotation_plan r ON r.id = s.plan_id LEFT JOIN person p ON p.id = "
                                "s.person_id WHERE r.mastermind_group_id = ? AND s.meeting_date BETWEEN ? AND ? "
                                "ORDER BY s.meeting_date, s.slot"),
                 {group.id, sqlDate(scope.from), sqlDate(scope.to)});
    if (!q)
        return Result<ReportSection>::failure(q.errorString());
    ReportSection s;
    s.heading = QCoreApplication::translate("MastermindSummaryReport", "Hot-seat turns in the period");
    ReportTable table;
    table.header = {QCoreApplication::translate("MastermindSummaryReport", "Meeting"),
                    QCoreApplication::translate("MastermindSummaryReport", "Hot seat"),
                    QCoreApplication::translate("MastermindSummaryReport", "Status")};
    while (q->next())
        table.rows << QStringList{q->value(0).toString(),
                                  q->value(1).isNull()
                                      ? QCoreApplication::translate("MastermindSummaryReport", "(empty)")
                                      : scope.names.display(q->value(1).toLongLong(), q->value(2).toString()),
                                  ScheduleReport::statusText(q->value(3).toString())};
    s.addTableOrAbsent(table,
                       QCoreApplication::translate("MastermindSummaryReport", "No hot-seat turn fell in the period."));
    return s;
}

Result<ReportSection> MastermindSummaryReport::goalsSection(const ReportScope& scope, const MastermindGroup& group)
{
    GoalRepository goals(scope.database);
    auto all = goals.forGroup(group.id);
    auto checkIns = goals.checkInsForGroup(group.id);
    if (!all || !checkIns)
        return Result<ReportSection>::failure(all ? checkIns.errorString() : all.errorString());
    ReportSection s;
    s.heading = QCoreApplication::translate("MastermindSummaryReport", "Goals and check-ins");
    QHash<qint64, Goal> byId;
    ReportTable goalTable;
    goalTable.header = {QCoreApplication::translate("MastermindSummaryReport", "Member"),
                        QCoreApplication::translate("MastermindSummaryReport", "Goal"),
                        QCoreApplication::translate("MastermindSummaryReport", "Status"),
                        QCoreApplication::translate("MastermindSummaryReport", "Target"),
                        QCoreApplication::translate("MastermindSummaryReport", "Progress")};
    goalTable.numericColumns = {4};
    QHash<qint64, int> latest;
    for (const CheckIn& c : std::as_const(*checkIns))
        latest[c.goalId] = c.progress; // check-ins come in meeting order
    for (const Goal& g : std::as_const(*all)) {
        byId.insert(g.id, g);
        goalTable.rows << QStringList{scope.names.display(g.personId, g.personName),
                                      g.text,
                                      Goal::statusLabel(g.status),
                                      g.targetDate.toString(Qt::ISODate),
                                      latest.contains(g.id) ? QStringLiteral("%1%").arg(latest.value(g.id))
                                                            : QStringLiteral("-")};
    }
    if (goalTable.rows.isEmpty()) {
        s.addAbsent(QCoreApplication::translate("MastermindSummaryReport", "No member has recorded a goal."));
        return s;
    }
    s.addTable(goalTable);
    ReportTable notes;
    notes.header = {QCoreApplication::translate("MastermindSummaryReport", "Meeting"),
                    QCoreApplication::translate("MastermindSummaryReport", "Member"),
                    QCoreApplication::translate("MastermindSummaryReport", "Progress"),
                    QCoreApplication::translate("MastermindSummaryReport", "Note")};
    if (scope.options.includeConfidential)
        notes.header << QCoreApplication::translate("MastermindSummaryReport", "Confidential note");
    notes.numericColumns = {2};
    for (const CheckIn& c : std::as_const(*checkIns)) {
        if (c.meetingDate < scope.from || c.meetingDate > scope.to)
            continue;
        const Goal g = byId.value(c.goalId);
        QStringList row{c.meetingDate.toString(Qt::ISODate),
                        scope.names.display(g.personId, g.personName),
                        QStringLiteral("%1%").arg(c.progress),
                        c.note};
        if (scope.options.includeConfidential)
            row << c.confidentialNote;
        notes.rows << row;
    }
    s.addTableOrAbsent(notes, QCoreApplication::translate("MastermindSummaryReport", "No check-in in the period."));
    return s;
}

Result<ReportContent> MastermindSummaryReport::build(const Database& database,
                                                     const QString& groupName,
                                                     const ReportOptions& options,
                                                     const Clock& clock)
{
    using R = Result<ReportContent>;
    auto groups = MastermindRepository(database).findByName(groupName);
    if (!groups)
        return R::failure(groups.errorString());
    if (groups->size() != 1)
        return R::failure(
            groups->isEmpty()
                ? QCoreApplication::translate("MastermindSummaryReport", "no mastermind group named '%1'")
                      .arg(groupName)
                : QCoreApplication::translate("MastermindSummaryReport", "%1 mastermind groups are named '%2'")
                      .arg(groups->size())
                      .arg(groupName));
    const MastermindGroup group = groups->constFirst();
    auto scope = ReportScopeLoader::forCommunityId(database, group.communityId, options, clock);
    if (!scope)
        return R::failure(scope.errorString());
    ReportContent content;
    content.title = QCoreApplication::translate("MastermindSummaryReport", "Mastermind summary");
    content.subtitle = group.name;
    content.period = ReportPeriod{scope->from, scope->to}.text();
    content.generated = clock.now();
    content.author = QStringLiteral("Steward");
    content.footerNote =
        options.includeConfidential
            ? QCoreApplication::translate("MastermindSummaryReport", "Contains confidential notes - do not pass on")
            : QCoreApplication::translate("MastermindSummaryReport", "Confidential notes left out");
    for (auto section : {membersSection(*scope, group), turnsSection(*scope, group), goalsSection(*scope, group)}) {
        if (!section)
            return R::failure(section.errorString());
        content.sections << *section;
    }
    return content;
}

} // namespace steward
