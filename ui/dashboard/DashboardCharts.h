// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/CommunityTrendQuery.h"
#include "dashboard/NetworkTrendQuery.h"

#include <QCoreApplication>

class QChart;

namespace steward {

/**
 * The dashboard's charts, each built from the read-only figures with a title, axis titles, a legend
 * and hover tooltips. The caller applies the theme (light or dark) and owns the chart.
 */
class DashboardCharts
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCharts)

public:
    static QChart* membersByLevel(const CommunityTrends& trends);
    static QChart* levelMoves(const CommunityTrends& trends);
    static QChart* sessionsByFormat(const CommunityTrends& trends);
    static QChart* attendanceRate(const CommunityTrends& trends);
    static QChart* microTeachCoverage(const CommunityTrends& trends);
    /** Artefacts added and recognitions given by month; nullptr when neither table exists (no data yet). */
    static QChart* output(const CommunityTrends& trends);

    static QChart* degreeDistribution(const NetworkTrends& trends);
    static QChart* networkByMonth(const NetworkTrends& trends);
    static QChart* beforeAfter(const NetworkTrends& trends);
    static QChart* outcomeScatter(const NetworkTrends& trends);

    static QStringList monthLabels(const QList<QDate>& months);
};

} // namespace steward
