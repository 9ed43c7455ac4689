// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionsSection.h"

#include "model/SessionFormat.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QLocale>

namespace steward {

namespace {

QString formatName(const QString& key)
{
    const auto format = sessionFormatFromKey(key);
    return format ? sessionFormatDisplayName(*format) : key;
}

double average(int total, int count)
{
    return count > 0 ? double(total) / count : 0.0;
}

} // namespace

Result<QList<SessionsSection::Held>> SessionsSection::held(const ReportScope& scope, const QDate& from, const QDate& to)
{
    auto q = runQuery(scope.database.connection(),
                      QStringLiteral("SELECT s.format, substr(a.occurrence_date, 1, 7), sum(a.status = 'attended') "
                                     "FROM session_attendance a JOIN session s ON s.id = a.session_id "
                                     "WHERE s.community_id = ? AND a.occurrence_date BETWEEN ? AND ? "
                                     "GROUP BY a.session_id, a.occurrence_date ORDER BY a.occurrence_date"),
                      {scope.communityId, sqlDate(from), sqlDate(to)});
    if (!q)
        return Result<QList<Held>>::failure(q.errorString());
    QList<Held> out;
    while (q->next())
        out << Held{q->value(0).toString(), q->value(1).toString(), q->value(2).toInt()};
    return out;
}

void SessionsSection::addByFormat(const QList<Held>& meetings, ReportSection& s)
{
    QMap<QString, QPair<int, int>> byFormat; // display name -> (meetings, attended)
    for (const Held& h : meetings) {
        auto& entry = byFormat[formatName(h.format)];
        entry.first += 1;
        entry.second += h.attended;
    }
    ReportChart chart;
    chart.kind = ReportChart::Kind::Bar;
    chart.title = QCoreApplication::translate("SessionsSection", "Meetings held by format");
    chart.valueLabel = QCoreApplication::translate("SessionsSection", "meetings");
    ReportSeries series{QCoreApplication::translate("SessionsSection", "Meetings"), {}};
    ReportTable table;
    table.header = {QCoreApplication::translate("SessionsSection", "Format"),
                    QCoreApplication::translate("SessionsSection", "Meetings"),
                    QCoreApplication::translate("SessionsSection", "Attendances"),
                    QCoreApplication::translate("SessionsSection", "Average attendance")};
    table.numericColumns = {1, 2, 3};
    for (auto it = byFormat.cbegin(); it != byFormat.cend(); ++it) {
        chart.categories << it.key();
        series.values << it.value().first;
        table.rows << QStringList{it.key(),
                                  QString::number(it.value().first),
                                  QString::number(it.value().second),
                                  QLocale().toString(average(it.value().second, it.value().first), 'f', 1)};
    }
    chart.series = {series};
    s.addChart(chart);
    s.addTable(table);
}

void SessionsSection::addTrend(const QList<Held>& meetings, ReportSection& s)
{
    QMap<QString, QPair<int, int>> byMonth;
    for (const Held& h : meetings) {
        byMonth[h.month].first += 1;
        byMonth[h.month].second += h.attended;
    }
    ReportChart chart;
    chart.kind = ReportChart::Kind::Line;
    chart.title = QCoreApplication::translate("SessionsSection", "Attendance by month");
    chart.valueLabel = QCoreApplication::translate("SessionsSection", "people");
    ReportSeries perMeeting{QCoreApplication::translate("SessionsSection", "Average attendance per meeting"), {}};
    ReportSeries count{QCoreApplication::translate("SessionsSection", "Meetings held"), {}};
    for (auto it = byMonth.cbegin(); it != byMonth.cend(); ++it) {
        chart.categories << QLocale().toString(QDate::fromString(it.key() + QStringLiteral("-01"), Qt::ISODate),
                                               QStringLiteral("MMM yy"));
        perMeeting.values << average(it.value().second, it.value().first);
        count.values << it.value().first;
    }
    chart.series = {perMeeting, count};
    s.addChart(chart);
}

Result<ReportSectionResult> SessionsSection::build(const ReportScope& scope)
{
    using R = Result<ReportSectionResult>;
    ReportSectionResult result;
    result.section.heading = QCoreApplication::translate("SessionsSection", "Sessions and attendance");
    auto now = held(scope, scope.from, scope.to);
    auto before = held(scope, scope.previousFrom(), scope.previousTo());
    if (!now || !before)
        return R::failure(now ? before.errorString() : now.errorString());
    if (now->isEmpty()) {
        result.section.addAbsent(
            QCoreApplication::translate("SessionsSection", "No meeting with recorded attendance in the period."));
        result.summary << ReportFinding{ReportFinding::Tone::Attention,
                                        QCoreApplication::translate("SessionsSection",
                                                                    "No meeting with recorded attendance in the "
                                                                    "period.")};
        return result;
    }
    int attended = 0, attendedBefore = 0;
    for (const Held& h : std::as_const(*now))
        attended += h.attended;
    for (const Held& h : std::as_const(*before))
        attendedBefore += h.attended;
    const double avg = average(attended, int(now->size()));
    result.section.addFigures(
        {{QCoreApplication::translate("SessionsSection", "Meetings held"), QString::number(now->size())},
         {QCoreApplication::translate("SessionsSection", "Attendances"), QString::number(attended)},
         {QCoreApplication::translate("SessionsSection", "Average per meeting"), QLocale().toString(avg, 'f', 1)}});
    result.section.addParagraph(QCoreApplication::translate("SessionsSection",
                                                            "A meeting counts as held when its attendance was "
                                                            "recorded. The period before had %1 meetings with %2 "
                                                            "attendances.")
                                    .arg(before->size())
                                    .arg(attendedBefore));
    addByFormat(*now, result.section);
    addTrend(*now, result.section);
    const double avgBefore = average(attendedBefore, int(before->size()));
    const bool grew = avg >= avgBefore;
    result.summary << ReportFinding{grew ? ReportFinding::Tone::Good : ReportFinding::Tone::Attention,
                                    QCoreApplication::translate("SessionsSection",
                                                                "%1 meetings were held with %2 people each on "
                                                                "average (%3 in the period before).")
                                        .arg(now->size())
                                        .arg(QLocale().toString(avg, 'f', 1),
                                             before->isEmpty() ? QCoreApplication::translate("SessionsSection", "none")
                                                               : QLocale().toString(avgBefore, 'f', 1))};
    return result;
}

} // namespace steward
