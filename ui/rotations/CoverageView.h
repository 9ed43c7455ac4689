// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/RotationCoverage.h"

#include <QWidget>

class QChartView;
class QLabel;
class QTableWidget;

namespace steward {

/** Who has taught how often (table and a compact bar chart), topics covered and the gaps. */
class CoverageView : public QWidget
{
    Q_OBJECT

public:
    explicit CoverageView(QWidget* parent = nullptr);

    void setCoverage(const RotationCoverage& coverage);
    QTableWidget* table() const { return m_table; }
    QLabel* gaps() const { return m_gaps; }

private:
    void fillChart(const RotationCoverage& coverage);

    QTableWidget* m_table = nullptr;
    QChartView* m_chart = nullptr;
    QLabel* m_gaps = nullptr;
};

} // namespace steward
