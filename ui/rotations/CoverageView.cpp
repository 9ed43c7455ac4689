// SPDX-License-Identifier: GPL-3.0-or-later
#include "CoverageView.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace steward {

CoverageView::CoverageView(QWidget* parent)
    : QWidget(parent)
{
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("coverageTable"));
    m_table->setHorizontalHeaderLabels({tr("Person"), tr("Taught"), tr("Planned"), tr("Last")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_chart = new QChartView(this);
    m_chart->setObjectName(QStringLiteral("coverageChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(160);
    m_gaps = new QLabel(this);
    m_gaps->setObjectName(QStringLiteral("coverageGaps"));
    m_gaps->setWordWrap(true);
    auto* top = new QHBoxLayout;
    top->addWidget(m_table, 2);
    top->addWidget(m_chart, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top, 1);
    layout->addWidget(m_gaps);
}

void CoverageView::setCoverage(const RotationCoverage& coverage)
{
    m_table->setRowCount(int(coverage.shares.size()));
    for (int row = 0; row < coverage.shares.size(); ++row) {
        const RotationShare& share = coverage.shares.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(share.name));
        m_table->setItem(row, 1, new QTableWidgetItem(QString::number(share.taken)));
        m_table->setItem(row, 2, new QTableWidgetItem(QString::number(share.planned)));
        m_table->setItem(
            row, 3, new QTableWidgetItem(share.last.isValid() ? share.last.toString(Qt::ISODate) : QString()));
    }
    m_table->resizeColumnsToContents();
    QStringList gaps;
    gaps << tr("%n topic(s) covered.", nullptr, int(coverage.topicsCovered.size()));
    if (!coverage.neverTaken.isEmpty())
        gaps << tr("No turn yet: %1.").arg(coverage.neverTaken.join(QStringLiteral(", ")));
    if (!coverage.unstaffed.isEmpty())
        gaps << tr("%n meeting(s) held with an empty slot.", nullptr, int(coverage.unstaffed.size()));
    m_gaps->setText(gaps.join(QLatin1Char(' ')));
    fillChart(coverage);
}

void CoverageView::fillChart(const RotationCoverage& coverage)
{
    // How many people have taught 0, 1, 2, ... times: a fair rotation keeps the bars close together,
    // and the chart stays readable however many people take turns.
    int most = 0;
    for (const RotationShare& share : coverage.shares)
        most = std::max(most, share.taken);
    QList<int> people(most + 1, 0);
    for (const RotationShare& share : coverage.shares)
        ++people[share.taken];
    auto* set = new QBarSet(tr("People"));
    QStringList categories;
    int tallest = 1;
    for (int turns = 0; turns <= most; ++turns) {
        *set << people.at(turns);
        categories << tr("%n time(s)", nullptr, turns);
        tallest = std::max(tallest, people.at(turns));
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("People by turns taught so far"));
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    auto* counts = new QValueAxis;
    counts->setRange(0, tallest);
    counts->setLabelFormat(QStringLiteral("%d"));
    counts->setTickCount(std::min(tallest, 4) + 1);
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

} // namespace steward
