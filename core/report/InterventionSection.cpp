// SPDX-License-Identifier: GPL-3.0-or-later
#include "InterventionSection.h"

#include "network/NetworkComparison.h"
#include "report/NetworkSnapshot.h"
#include "storage/InterventionRepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace steward {

namespace {

QString fixed(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

QString share(const std::optional<double>& v)
{
    return v ? QStringLiteral("%1%").arg(qRound(*v * 100)) : QStringLiteral("-");
}

} // namespace

ReportTable InterventionSection::compared(const NetworkComparisonResult& c)
{
    const GraphMetrics& b = c.before.metrics.graph;
    const GraphMetrics& a = c.after.metrics.graph;
    ReportTable table;
    table.header = {QCoreApplication::translate("InterventionSection", "Measure"),
                    QCoreApplication::translate("InterventionSection", "Before"),
                    QCoreApplication::translate("InterventionSection", "After")};
    table.numericColumns = {1, 2};
    table.rows = {
        {QCoreApplication::translate("InterventionSection", "People"),
         QString::number(b.nodes),
         QString::number(a.nodes)},
        {QCoreApplication::translate("InterventionSection", "Ties"),
         QString::number(b.edges),
         QString::number(a.edges)},
        {QCoreApplication::translate("InterventionSection", "Density"), fixed(b.density, 3), fixed(a.density, 3)},
        {QCoreApplication::translate("InterventionSection", "Components"),
         QString::number(b.components),
         QString::number(a.components)},
        {QCoreApplication::translate("InterventionSection", "Isolated people"),
         QString::number(b.isolates),
         QString::number(a.isolates)},
        {QCoreApplication::translate("InterventionSection", "Average clustering"),
         fixed(b.averageClustering, 3),
         fixed(a.averageClustering, 3)},
        {QCoreApplication::translate("InterventionSection", "Cross-team ties"),
         share(b.crossTeamShare),
         share(a.crossTeamShare)},
        {QCoreApplication::translate("InterventionSection", "Knowledge brokers"),
         QString::number(c.before.brokers.size()),
         QString::number(c.after.brokers.size())},
    };
    return table;
}

Result<ReportSectionResult> InterventionSection::build(const ReportScope& scope, Progress& progress)
{
    using R = Result<ReportSectionResult>;
    ReportSectionResult result;
    result.section.heading = QCoreApplication::translate("InterventionSection", "Before and after interventions");
    auto interventions = InterventionRepository(scope.database).forCommunity(scope.communityId);
    if (!interventions)
        return R::failure(interventions.errorString());
    InteractionFilter filter;
    filter.communityId = scope.communityId;
    for (const Intervention& i : std::as_const(*interventions)) {
        if (i.date < scope.from || i.date > scope.to)
            continue;
        auto c = NetworkComparison::compare(
            scope.database, filter, i.date, kDays, NetworkSnapshot::reportAnalysis(0), progress);
        if (!c)
            return R::failure(c.errorString());
        result.section.addSubheading(QCoreApplication::translate("InterventionSection", "%1 (%2)")
                                         .arg(i.name, QLocale().toString(i.date, QLocale::ShortFormat)));
        // Free text may name people: a pseudonymised report leaves it out.
        if (!i.description.isEmpty() && !scope.names.isPseudonymised())
            result.section.addParagraph(i.description);
        ReportTable table = compared(*c);
        table.caption =
            QCoreApplication::translate("InterventionSection", "%1 days before and %1 days from the day.").arg(kDays);
        result.section.addTable(table);
        const int tiesBefore = c->before.metrics.graph.edges, tiesAfter = c->after.metrics.graph.edges;
        result.summary << ReportFinding{
            tiesAfter >= tiesBefore ? ReportFinding::Tone::Good : ReportFinding::Tone::Attention,
            QCoreApplication::translate("InterventionSection", "After \"%1\" the network went from %2 to %3 ties.")
                .arg(i.name)
                .arg(tiesBefore)
                .arg(tiesAfter)};
    }
    if (result.section.blocks.isEmpty())
        result.section.addAbsent(
            QCoreApplication::translate("InterventionSection", "No intervention was recorded in the period."));
    return result;
}

} // namespace steward
