// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComparisonPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace steward {

namespace {

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString optionalNumber(const std::optional<double>& value, int decimals)
{
    return value ? number(*value, decimals) : QStringLiteral("–");
}

QString signedChange(double change, int decimals)
{
    const QString text = number(change, decimals);
    return change > 0 ? QLatin1Char('+') + text : text;
}

} // namespace

ComparisonPanel::ComparisonPanel(QWidget* parent)
    : QWidget(parent)
{
    m_compare = new QCheckBox(tr("Show before and after side by side"), this);
    m_compare->setObjectName(QStringLiteral("compareCheckBox"));
    m_intervention = new QComboBox(this);
    m_intervention->setObjectName(QStringLiteral("interventionComboBox"));
    m_at = new QDateEdit(this);
    m_at->setObjectName(QStringLiteral("compareDateEdit"));
    m_at->setCalendarPopup(true);
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("compareDaysSpinBox"));
    m_days->setRange(7, 730);
    m_days->setValue(90);
    m_days->setSuffix(tr(" days"));
    auto* form = new QFormLayout;
    form->addRow(tr("Around"), m_intervention);
    form->addRow(tr("Day"), m_at);
    form->addRow(tr("Window on each side"), m_days);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_figures = new QTableWidget(0, 4, this);
    m_figures->setObjectName(QStringLiteral("changeTableWidget"));
    m_figures->setHorizontalHeaderLabels({tr("Measure"), tr("Before"), tr("After"), tr("Change")});
    m_figures->verticalHeader()->hide();
    m_figures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_compare);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_figures, 1);

    connect(m_compare, &QCheckBox::toggled, this, &ComparisonPanel::comparisonChanged);
    connect(m_intervention, &QComboBox::activated, this, [this](int index) {
        const QDate date = m_intervention->itemData(index).toDate();
        if (date.isValid())
            m_at->setDate(date);
    });
    connect(m_at, &QDateEdit::dateChanged, this, [this] {
        if (isComparing())
            emit comparisonChanged();
    });
    connect(m_days, &QSpinBox::valueChanged, this, [this] {
        if (isComparing())
            emit comparisonChanged();
    });
}

void ComparisonPanel::setInterventions(const QList<Intervention>& interventions, QDate fallback)
{
    m_intervention->clear();
    for (const Intervention& i : interventions)
        m_intervention->addItem(tr("%1 (%2)").arg(i.name, QLocale().toString(i.date, QLocale::ShortFormat)), i.date);
    m_intervention->addItem(tr("A day of my choice"), QDate());
    const QDate date = interventions.isEmpty() ? fallback : interventions.last().date;
    m_intervention->setCurrentIndex(interventions.isEmpty() ? 0 : int(interventions.size() - 1));
    const QSignalBlocker block(m_at);
    m_at->setDate(date.isValid() ? date : QDate::currentDate());
}

bool ComparisonPanel::isComparing() const
{
    return m_compare->isChecked();
}

void ComparisonPanel::setComparing(bool on)
{
    m_compare->setChecked(on);
}

QDate ComparisonPanel::at() const
{
    return m_at->date();
}

int ComparisonPanel::days() const
{
    return m_days->value();
}

void ComparisonPanel::clearResult()
{
    m_figures->setRowCount(0);
    m_summary->clear();
}

void ComparisonPanel::addFigure(const QString& name, const QString& before, const QString& after, const QString& change)
{
    const int row = m_figures->rowCount();
    m_figures->insertRow(row);
    const QStringList cells{name, before, after, change};
    for (int c = 0; c < 4; ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        if (c > 0)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_figures->setItem(row, c, item);
    }
}

void ComparisonPanel::showResult(const NetworkComparisonResult& result)
{
    clearResult();
    const GraphMetrics& b = result.before.metrics.graph;
    const GraphMetrics& a = result.after.metrics.graph;
    addFigure(tr("People"), QString::number(b.nodes), QString::number(a.nodes), signedChange(a.nodes - b.nodes, 0));
    addFigure(tr("Ties"), QString::number(b.edges), QString::number(a.edges), signedChange(a.edges - b.edges, 0));
    addFigure(tr("Density"), number(b.density, 3), number(a.density, 3), signedChange(a.density - b.density, 3));
    addFigure(tr("Average clustering"),
              number(b.averageClustering, 3),
              number(a.averageClustering, 3),
              signedChange(a.averageClustering - b.averageClustering, 3));
    const bool cross = b.crossTeamShare && a.crossTeamShare;
    addFigure(tr("Cross-team share of ties"),
              optionalNumber(b.crossTeamShare, 3),
              optionalNumber(a.crossTeamShare, 3),
              cross ? signedChange(*a.crossTeamShare - *b.crossTeamShare, 3) : QStringLiteral("–"));
    addFigure(tr("Isolated people"),
              QString::number(b.isolates),
              QString::number(a.isolates),
              signedChange(a.isolates - b.isolates, 0));
    addFigure(tr("Components"),
              QString::number(b.components),
              QString::number(a.components),
              signedChange(a.components - b.components, 0));
    m_figures->resizeColumnsToContents();
    m_summary->setText(tr("%1 days before %2 against the %1 days from it on. New brokers: %3; moved toward the "
                          "core: %4; toward the edge: %5.")
                           .arg(result.windowDays)
                           .arg(QLocale().toString(result.at, QLocale::ShortFormat))
                           .arg(result.newBrokers.size())
                           .arg(result.towardCore.size())
                           .arg(result.towardEdge.size()));
}

} // namespace steward
