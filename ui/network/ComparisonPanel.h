// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/NetworkComparison.h"
#include "storage/Intervention.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace steward {

/**
 * Before/after: pick an intervention or a day and a window; the page then draws the windows before
 * and after side by side on the same positions, and this panel shows what changed in figures.
 */
class ComparisonPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ComparisonPanel(QWidget* parent = nullptr);

    void setInterventions(const QList<Intervention>& interventions, QDate fallback);
    bool isComparing() const;
    void setComparing(bool on);
    QDate at() const;
    int days() const;
    void showResult(const NetworkComparisonResult& result);
    void clearResult();

signals:
    void comparisonChanged();

private:
    void addFigure(const QString& name, const QString& before, const QString& after, const QString& change);

    QCheckBox* m_compare = nullptr;
    QComboBox* m_intervention = nullptr;
    QDateEdit* m_at = nullptr;
    QSpinBox* m_days = nullptr;
    QTableWidget* m_figures = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace steward
