// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/NetworkSnapshot.h"
#include "report/ReportScope.h"

namespace steward {

/**
 * The network summary of a report: the picture, the figures of the whole, knowledge brokers,
 * isolated people, single points of failure and teams that keep to themselves (small teams suppressed).
 */
class NetworkSection
{
public:
    static ReportSectionResult build(const ReportScope& scope, const NetworkSnapshot& snapshot);

    static ReportNetworkPicture picture(const ReportScope& scope, const NetworkSnapshot& snapshot);
    static QList<ReportFigure> overview(const NetworkSnapshot& snapshot);
    static void addBrokers(const ReportScope& scope, const Findings& findings, ReportSectionResult& result);
    static void addRisks(const ReportScope& scope, const Findings& findings, ReportSectionResult& result);
    static void addTeams(const ReportScope& scope, const Findings& findings, ReportSection& section);
};

} // namespace steward
