// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

namespace steward {

namespace {

QFont smaller(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(smaller(chart->legend()->font()));
    chart->legend()->setShowToolTips(true); // names cut short in a narrow legend show in full on hover
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

// Hovering a bar shows its set, category and value.
void barTooltips(QBarSet* set, const QStringList& categories)
{
    QObject::connect(set, &QBarSet::hovered, set, [set, categories](bool on, int index) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
                           QStringLiteral("%1\n%2: %3")
                               .arg(categories.value(index), set->label(), QLocale().toString(set->at(index), 'g', 4)));
    });
}

void pointTooltips(QXYSeries* series, const QStringList& categories, int decimals)
{
    QObject::connect(series, &QXYSeries::hovered, series, [series, categories, decimals](const QPointF& p, bool on) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        const QString where = categories.isEmpty() ? QString() : categories.value(qRound(p.x())) + QLatin1Char('\n');
        QToolTip::showText(
            QCursor::pos(),
            where + QStringLiteral("%1: %2").arg(series->name(), QLocale().toString(p.y(), 'f', decimals)));
    });
}

void attachAxes(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addSeries(series);
    if (!chart->axes(Qt::Horizontal).contains(x))
        chart->addAxis(x, Qt::AlignBottom);
    if (!chart->axes(Qt::Vertical).contains(y))
        chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

QBarCategoryAxis* categoryAxis(const QStringList& categories, const QString& title)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setTitleText(title);
    axis->setLabelsFont(smaller(axis->labelsFont()));
    return axis;
}

QValueAxis* valueAxis(const QString& title, double max, bool integers)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, max > 0 ? max : 1);
    if (integers)
        axis->setLabelFormat(QStringLiteral("%d"));
    axis->applyNiceNumbers(); // ticks at round values, not at fifths of an odd maximum
    return axis;
}

QList<QDate> monthsOf(const QList<MonthLevels>& levels)
{
    QList<QDate> months;
    for (const MonthLevels& m : levels)
        months.append(m.month);
    return months;
}

} // namespace

QStringList DashboardCharts::monthLabels(const QList<QDate>& months)
{
    QStringList labels;
    for (const QDate& m : months)
        labels.append(QLocale().toString(m, QStringLiteral("MMM"))); // the last 12 months: the year is plain
    return labels;
}

QChart* DashboardCharts::membersByLevel(const CommunityTrends& trends)
{
    QChart* chart = newChart(tr("Members by participation level"));
    const QStringList months = monthLabels(monthsOf(trends.levels));
    auto* series = new QStackedBarSeries;
    int top = 0;
    for (const MonthLevels& m : trends.levels)
        top = qMax(top, m.members[0] + m.members[1] + m.members[2] + m.members[3] + m.members[4]);
    for (ParticipationLevel level : allParticipationLevels()) {
        auto* set = new QBarSet(participationLevelDisplayName(level));
        for (const MonthLevels& m : trends.levels)
            set->append(m.members[size_t(level)]);
        barTooltips(set, months);
        series->append(set);
    }
    attachAxes(chart, series, categoryAxis(months, tr("Month")), valueAxis(tr("Members"), top, true));
    return chart;
}

QChart* DashboardCharts::levelMoves(const CommunityTrends& trends)
{
    QChart* chart = newChart(tr("Moves between levels in the year"));
    QStringList labels;
    auto* set = new QBarSet(tr("People"));
    int top = 0;
    for (const LevelMove& move : trends.moves) {
        labels.append(
            tr("%1 → %2").arg(participationLevelDisplayName(move.from), participationLevelDisplayName(move.to)));
        set->append(move.count);
        top = qMax(top, move.count);
    }
    barTooltips(set, labels);
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* y = categoryAxis(labels, QString());
    auto* x = valueAxis(tr("People"), top, true);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    return chart;
}

QChart* DashboardCharts::sessionsByFormat(const CommunityTrends& trends)
{
    QChart* chart = newChart(tr("Sessions held per month, by format"));
    QList<QDate> monthList;
    for (const MonthSessions& m : trends.sessions)
        monthList.append(m.month);
    const QStringList months = monthLabels(monthList);
    auto* series = new QStackedBarSeries;
    int top = 0;
    for (const MonthSessions& m : trends.sessions) {
        int sum = 0;
        for (int n : m.byFormat)
            sum += n;
        top = qMax(top, sum);
    }
    for (const QString& format : trends.formats) {
        auto* set = new QBarSet(format);
        for (const MonthSessions& m : trends.sessions)
            set->append(m.byFormat.value(format));
        barTooltips(set, months);
        series->append(set);
    }
    attachAxes(chart, series, categoryAxis(months, tr("Month")), valueAxis(tr("Sessions"), top, true));
    return chart;
}

QChart* DashboardCharts::attendanceRate(const CommunityTrends& trends)
{
    QChart* chart = newChart(tr("Attendance rate"));
    QList<QDate> monthList;
    auto* series = new QLineSeries;
    series->setName(tr("Attended, % of those expected"));
    series->setPointsVisible(true);
    for (qsizetype i = 0; i < trends.sessions.size(); ++i) {
        const MonthSessions& m = trends.sessions.at(i);
        monthList.append(m.month);
        if (m.recorded > 0)
            series->append(double(i), 100.0 * m.attended / m.recorded);
    }
    const QStringList months = monthLabels(monthList);
    pointTooltips(series, months, 0);
    attachAxes(chart, series, categoryAxis(months, tr("Month")), valueAxis(tr("Attendance (%)"), 100, true));
    return chart;
}

QChart* DashboardCharts::microTeachCoverage(const CommunityTrends& trends)
{
    QChart* chart = newChart(tr("Micro-teach coverage"));
    auto* series = new QPieSeries;
    const int others = qMax(0, trends.members - trends.microTeachPresenters);
    series->append(tr("Taught a micro-teach (%1)").arg(trends.microTeachPresenters), trends.microTeachPresenters);
    series->append(tr("Not yet (%1)").arg(others), others);
    series->setHoleSize(0.45);
    QObject::connect(series, &QPieSeries::hovered, series, [](QPieSlice* slice, bool on) {
        slice->setExploded(on);
        if (on)
            QToolTip::showText(
                QCursor::pos(),
                QStringLiteral("%1: %2 %").arg(slice->label(), QLocale().toString(slice->percentage() * 100, 'f', 0)));
    });
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart* DashboardCharts::output(const CommunityTrends& trends)
{
    if (!trends.artefactsAdded && !trends.recognitions)
        return nullptr;
    QChart* chart = newChart(tr("Artefacts added and recognitions given"));
    const QStringList months = monthLabels(monthsOf(trends.levels));
    auto* series = new QBarSeries;
    int top = 0;
    const QList<std::pair<QString, const std::optional<QList<int>>*>> rows{
        {tr("Artefacts added"), &trends.artefactsAdded}, {tr("Recognitions"), &trends.recognitions}};
    for (const auto& [name, counts] : rows) {
        if (!*counts)
            continue;
        auto* set = new QBarSet(name);
        for (int n : **counts) {
            set->append(n);
            top = qMax(top, n);
        }
        barTooltips(set, months);
        series->append(set);
    }
    attachAxes(chart, series, categoryAxis(months, tr("Month")), valueAxis(tr("Count"), top, true));
    return chart;
}

QChart* DashboardCharts::degreeDistribution(const NetworkTrends& trends)
{
    QChart* chart = newChart(tr("Degree distribution (last 12 months)"));
    // At most about 15 bars: wide distributions are grouped into ranges of degrees.
    const qsizetype count = trends.degreeCounts.size();
    const int width = int(qMax<qsizetype>(1, (count + 14) / 15));
    QStringList degrees;
    auto* set = new QBarSet(tr("People"));
    int top = 0;
    for (qsizetype low = 0; low < count; low += width) {
        const qsizetype high = qMin(count - 1, low + width - 1);
        int people = 0;
        for (qsizetype d = low; d <= high; ++d)
            people += trends.degreeCounts.at(d);
        degrees.append(QString::number(low)); // a range's first degree: "12–14" does not fit under a bar
        set->append(people);
        top = qMax(top, people);
    }
    barTooltips(set, degrees);
    auto* series = new QBarSeries;
    series->append(set);
    attachAxes(
        chart,
        series,
        categoryAxis(degrees,
                     width == 1 ? tr("Ties per person") : tr("Ties per person (from, in steps of %1)").arg(width)),
        valueAxis(tr("People"), top, true));
    chart->legend()->hide();
    return chart;
}

QChart* DashboardCharts::networkByMonth(const NetworkTrends& trends)
{
    QChart* chart = newChart(tr("The network month by month"));
    QList<QDate> monthList;
    for (const MonthNetwork& m : trends.months)
        monthList.append(m.month);
    const QStringList months = monthLabels(monthList);
    auto* density = new QLineSeries;
    density->setName(tr("Density"));
    auto* clustering = new QLineSeries;
    clustering->setName(tr("Average clustering"));
    auto* cross = new QLineSeries;
    cross->setName(tr("Cross-team share"));
    for (qsizetype i = 0; i < trends.months.size(); ++i) {
        const GraphMetrics& g = trends.months.at(i).graph;
        density->append(double(i), g.density);
        clustering->append(double(i), g.averageClustering);
        if (g.crossTeamShare)
            cross->append(double(i), *g.crossTeamShare);
    }
    auto* x = categoryAxis(months, tr("Month"));
    auto* y = valueAxis(tr("Share (0 to 1)"), 1, false);
    for (QLineSeries* s : {density, clustering, cross}) {
        s->setPointsVisible(true);
        pointTooltips(s, months, 3);
        attachAxes(chart, s, x, y);
    }
    return chart;
}

QChart* DashboardCharts::beforeAfter(const NetworkTrends& trends)
{
    const QString title = trends.intervention ? tr("Before and after “%1” (%2 days each)")
                                                    .arg(trends.intervention->name)
                                                    .arg(NetworkTrendQuery::kCompareDays)
                                              : tr("Before and after (no intervention recorded)");
    QChart* chart = newChart(title);
    const QStringList measures{tr("Density"), tr("Clustering"), tr("Cross-team share")};
    auto* series = new QBarSeries;
    double top = 0;
    for (const auto& [name, g] : {std::pair{tr("Before"), &trends.before}, std::pair{tr("After"), &trends.after}}) {
        auto* set = new QBarSet(name);
        for (double v : {g->density, g->averageClustering, g->crossTeamShare.value_or(0)}) {
            set->append(v);
            top = qMax(top, v);
        }
        barTooltips(set, measures);
        series->append(set);
    }
    attachAxes(chart, series, categoryAxis(measures, QString()), valueAxis(tr("Value"), qMin(1.0, top * 1.15), false));
    return chart;
}

QChart* DashboardCharts::outcomeScatter(const NetworkTrends& trends)
{
    const QString rho = trends.spearman ? QLocale().toString(*trends.spearman, 'f', 2) : tr("n/a");
    QChart* chart = newChart(tr("Betweenness against %1: Spearman ρ = %2, n = %3")
                                 .arg(trends.scatterOutcome.isEmpty() ? tr("an outcome") : trends.scatterOutcome, rho)
                                 .arg(trends.scatter.size()));
    auto* series = new QScatterSeries;
    series->setName(tr("People"));
    series->setMarkerSize(9);
    double maxX = 0, maxY = 0;
    for (const OutcomePoint& p : trends.scatter) {
        series->append(p.metric, p.outcome);
        maxX = qMax(maxX, p.metric);
        maxY = qMax(maxY, p.outcome);
    }
    const QList<OutcomePoint> points = trends.scatter;
    QObject::connect(series, &QXYSeries::hovered, series, [points](const QPointF& at, bool on) {
        if (!on)
            return QToolTip::hideText();
        for (const OutcomePoint& p : points)
            if (qFuzzyCompare(p.metric + 1, at.x() + 1) && qFuzzyCompare(p.outcome + 1, at.y() + 1))
                return QToolTip::showText(
                    QCursor::pos(),
                    QStringLiteral("%1: %2, %3")
                        .arg(p.name, QLocale().toString(p.metric, 'f', 3), QLocale().toString(p.outcome, 'g', 4)));
    });
    auto* x = valueAxis(tr("Betweenness (normalised)"), maxX * 1.1, false);
    auto* y = valueAxis(trends.scatterOutcome, maxY * 1.1, false);
    attachAxes(chart, series, x, y);
    chart->legend()->hide();
    return chart;
}

} // namespace steward
