// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoverageSection.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>

namespace steward {

namespace {

QString rotationName(const QString& kind, const QString& group)
{
    if (kind == QLatin1String("hot-seat"))
        return QCoreApplication::translate("CoverageSection", "Hot seats: %1").arg(group);
    if (kind == QLatin1String("micro-teach"))
        return QCoreApplication::translate("CoverageSection", "Micro-teach slots");
    return QCoreApplication::translate("CoverageSection", "On-call shifts");
}

QString percent(int part, int whole)
{
    return whole > 0 ? QStringLiteral("%1%").arg(qRound(100.0 * part / whole)) : QStringLiteral("-");
}

// Seats of every rotation of the community in the window; eligible: the group's members for hot
// seats, the community's current members otherwise.
const char* const kCoverageSql =
    "SELECT p.kind, ifnull(g.name, ''), count(s.id), ifnull(sum(s.status = 'done'), 0), "
    "ifnull(sum(s.status = 'skipped'), 0), ifnull(sum(s.id IS NOT NULL AND s.person_id IS NULL), 0), "
    "count(DISTINCT CASE WHEN s.status = 'done' THEN s.person_id END), "
    "CASE WHEN p.kind = 'hot-seat' THEN (SELECT count(*) FROM mastermind_member mm WHERE mm.group_id = g.id) "
    "ELSE (SELECT count(*) FROM membership m WHERE m.community_id = p.community_id AND m.left_on IS NULL) END "
    "FROM rotation_plan p LEFT JOIN mastermind_group g ON g.id = p.mastermind_group_id "
    "LEFT JOIN rotation_seat s ON s.plan_id = p.id AND s.meeting_date BETWEEN ? AND ? "
    "WHERE p.community_id = ? OR g.community_id = ? GROUP BY p.id ORDER BY p.kind, g.name";

} // namespace

Result<ReportSectionResult> CoverageSection::build(const ReportScope& scope)
{
    ReportSectionResult result;
    result.section.heading = QCoreApplication::translate("CoverageSection", "Micro-teach and hot-seat coverage");
    auto q = runQuery(scope.database.connection(),
                      QLatin1String(kCoverageSql),
                      {sqlDate(scope.from), sqlDate(scope.to), scope.communityId, scope.communityId});
    if (!q)
        return Result<ReportSectionResult>::failure(q.errorString());
    ReportTable table;
    table.header = {QCoreApplication::translate("CoverageSection", "Rotation"),
                    QCoreApplication::translate("CoverageSection", "Seats"),
                    QCoreApplication::translate("CoverageSection", "Done"),
                    QCoreApplication::translate("CoverageSection", "Skipped"),
                    QCoreApplication::translate("CoverageSection", "Empty"),
                    QCoreApplication::translate("CoverageSection", "People who took one"),
                    QCoreApplication::translate("CoverageSection", "Coverage")};
    table.numericColumns = {1, 2, 3, 4, 5, 6};
    ReportChart chart;
    chart.kind = ReportChart::Kind::StackedBar;
    chart.title = QCoreApplication::translate("CoverageSection", "Seats in the period");
    chart.valueLabel = QCoreApplication::translate("CoverageSection", "seats");
    ReportSeries done{QCoreApplication::translate("CoverageSection", "Done"), {}};
    ReportSeries skipped{QCoreApplication::translate("CoverageSection", "Skipped"), {}};
    ReportSeries other{QCoreApplication::translate("CoverageSection", "Other"), {}};
    while (q->next()) {
        const QString name = rotationName(q->value(0).toString(), q->value(1).toString());
        const int seats = q->value(2).toInt(), doneCount = q->value(3).toInt(), skippedCount = q->value(4).toInt();
        const int people = q->value(6).toInt(), eligible = q->value(7).toInt();
        table.rows << QStringList{name,
                                  QString::number(seats),
                                  QString::number(doneCount),
                                  QString::number(skippedCount),
                                  q->value(5).toString(),
                                  QCoreApplication::translate("CoverageSection", "%1 of %2").arg(people).arg(eligible),
                                  percent(people, eligible)};
        chart.categories << name;
        done.values << doneCount;
        skipped.values << skippedCount;
        other.values << seats - doneCount - skippedCount;
        if (seats == 0)
            continue;
        const bool manySkipped = skippedCount * 5 > seats;
        result.summary << ReportFinding{manySkipped ? ReportFinding::Tone::Attention : ReportFinding::Tone::Good,
                                        QCoreApplication::translate("CoverageSection",
                                                                    "%1: %2 of %3 seats done, %4 skipped; %5 of %6 "
                                                                    "eligible people took one.")
                                            .arg(name)
                                            .arg(doneCount)
                                            .arg(seats)
                                            .arg(skippedCount)
                                            .arg(people)
                                            .arg(eligible)};
    }
    if (table.rows.isEmpty()) {
        result.section.addAbsent(
            QCoreApplication::translate("CoverageSection", "No micro-teach, hot-seat or on-call rotation is planned."));
        return result;
    }
    chart.series = {done, skipped, other};
    result.section.addParagraph(QCoreApplication::translate("CoverageSection",
                                                            "Seats whose date falls in the period. Coverage: the "
                                                            "share of eligible people (group members for hot seats, "
                                                            "community members otherwise) who took at least one."));
    result.section.addChart(chart);
    result.section.addTable(table);
    return result;
}

} // namespace steward
