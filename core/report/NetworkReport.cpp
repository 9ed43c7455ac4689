// SPDX-License-Identifier: GPL-3.0-or-later
#include "NetworkReport.h"

#include "report/InterventionSection.h"
#include "report/NetworkSection.h"
#include "report/NetworkSnapshot.h"
#include "report/OutcomesSection.h"
#include "report/ReportPeriod.h"
#include "report/ReportScopeLoader.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace steward {

namespace {

QString fixed(double v, int decimals = 3)
{
    return QLocale().toString(v, 'f', decimals);
}

} // namespace

ReportSection NetworkReport::metricsSection(const ReportScope& scope, const NetworkSnapshot& snapshot)
{
    ReportSection s;
    s.heading = QCoreApplication::translate("NetworkReport", "Metrics per person");
    s.newPage = true;
    QList<PersonMetrics> people = snapshot.metrics.people;
    std::stable_sort(people.begin(), people.end(), [](const PersonMetrics& a, const PersonMetrics& b) {
        return a.betweennessNormalized > b.betweennessNormalized;
    });
    ReportTable table;
    table.caption = QCoreApplication::translate("NetworkReport", "Ordered by betweenness (normalised).");
    table.header = {QCoreApplication::translate("NetworkReport", "Person"),
                    QCoreApplication::translate("NetworkReport", "Degree"),
                    QCoreApplication::translate("NetworkReport", "Strength"),
                    QCoreApplication::translate("NetworkReport", "Betweenness"),
                    QCoreApplication::translate("NetworkReport", "Closeness"),
                    QCoreApplication::translate("NetworkReport", "Clustering"),
                    QCoreApplication::translate("NetworkReport", "k-core"),
                    QCoreApplication::translate("NetworkReport", "Constraint")};
    table.numericColumns = {1, 2, 3, 4, 5, 6, 7};
    for (const PersonMetrics& p : std::as_const(people))
        table.rows << QStringList{scope.names.display(p.personId, p.name),
                                  QString::number(p.degree),
                                  fixed(p.strength, 1),
                                  fixed(p.betweennessNormalized),
                                  fixed(p.closeness),
                                  fixed(p.clustering),
                                  QString::number(p.coreness),
                                  p.constraint ? fixed(*p.constraint) : QStringLiteral("-")};
    s.addTable(table);
    return s;
}

ReportSection NetworkReport::corePeripherySection(const ReportScope& scope, const NetworkSnapshot& snapshot)
{
    const CorePeriphery& cp = snapshot.findings.corePeriphery;
    ReportSection s;
    s.heading = QCoreApplication::translate("NetworkReport", "Core and periphery");
    s.addParagraph(
        QCoreApplication::translate("NetworkReport",
                                    "Spearman correlation of each person's k-core number with their recorded "
                                    "level: %1 (n = %2).")
            .arg(cp.spearman ? fixed(*cp.spearman, 2) : QStringLiteral("-"))
            .arg(cp.n));
    QList<ReportFinding> lines;
    for (const LevelMismatch& m : cp.hiddenCore)
        lines << ReportFinding{
            ReportFinding::Tone::Note,
            QCoreApplication::translate("NetworkReport", "%1 is in the innermost core but recorded as %2.")
                .arg(scope.names.display(m.personId, m.name), m.level)};
    for (const LevelMismatch& m : cp.nominalCore)
        lines << ReportFinding{
            ReportFinding::Tone::Attention,
            QCoreApplication::translate("NetworkReport", "%1 is recorded as %2 but on the edge of the network.")
                .arg(scope.names.display(m.personId, m.name), m.level)};
    if (lines.isEmpty())
        s.addAbsent(QCoreApplication::translate("NetworkReport", "Recorded levels and network positions agree."));
    else
        s.addFindings(lines);
    return s;
}

Result<ReportContent> NetworkReport::build(const Database& database,
                                           const QString& communityName,
                                           const ReportOptions& options,
                                           const Clock& clock,
                                           Progress& progress)
{
    using R = Result<ReportContent>;
    auto scope = ReportScopeLoader::forCommunity(database, communityName, options, clock);
    if (!scope)
        return R::failure(scope.errorString());
    auto snapshot = NetworkSnapshot::load(*scope, progress);
    if (!snapshot)
        return R::failure(snapshot.errorString());
    auto interventions = InterventionSection::build(*scope, progress);
    if (!interventions)
        return R::failure(interventions.errorString());
    ReportContent content;
    content.title = QCoreApplication::translate("NetworkReport", "Network report");
    content.subtitle = scope->communityName;
    content.period = ReportPeriod{scope->from, scope->to}.text();
    content.generated = clock.now();
    content.author = QStringLiteral("Steward");
    if (options.pseudonymise)
        content.footerNote = QCoreApplication::translate("NetworkReport", "Pseudonymised");
    ReportSectionResult network = NetworkSection::build(*scope, *snapshot);
    network.section.heading = QCoreApplication::translate("NetworkReport", "The network");
    network.section.newPage = false;
    content.sections << network.section << corePeripherySection(*scope, *snapshot) << interventions->section
                     << OutcomesSection::build(*snapshot).section << metricsSection(*scope, *snapshot);
    return content;
}

} // namespace steward
