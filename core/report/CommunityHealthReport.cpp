// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommunityHealthReport.h"

#include "report/AppendixSection.h"
#include "report/CoverageSection.h"
#include "report/InterventionSection.h"
#include "report/NetworkSection.h"
#include "report/OutcomesSection.h"
#include "report/ParticipationSection.h"
#include "report/RecognitionSection.h"
#include "report/RepertoireSection.h"
#include "report/ReportPeriod.h"
#include "report/ReportScopeLoader.h"
#include "report/SessionsSection.h"
#include "storage/CommunityRepository.h"

#include <QCoreApplication>

namespace steward {

namespace {

using SectionBuilder = Result<ReportSectionResult> (*)(const ReportScope&);

} // namespace

Result<QList<ReportSectionResult>> CommunityHealthReport::sections(const ReportScope& scope, Progress& progress)
{
    using R = Result<QList<ReportSectionResult>>;
    const QString stage = QCoreApplication::translate("CommunityHealthReport", "Building the report");
    QList<ReportSectionResult> parts;
    const SectionBuilder first[] = {ParticipationSection::build,
                                    SessionsSection::build,
                                    CoverageSection::build,
                                    RepertoireSection::build,
                                    RecognitionSection::build};
    int done = 0;
    for (SectionBuilder builder : first) {
        if (progress.isCanceled())
            return R::failure(QCoreApplication::translate("CommunityHealthReport", "cancelled"));
        progress.report(done++, 9, stage);
        auto part = builder(scope);
        if (!part)
            return R::failure(part.errorString());
        parts << *part;
    }
    progress.report(done++, 9, stage);
    auto snapshot = NetworkSnapshot::load(scope);
    if (!snapshot)
        return R::failure(snapshot.errorString());
    parts << NetworkSection::build(scope, *snapshot);
    progress.report(done++, 9, stage);
    auto interventions = InterventionSection::build(scope);
    if (!interventions)
        return R::failure(interventions.errorString());
    parts << *interventions << OutcomesSection::build(*snapshot);
    auto appendix = AppendixSection::build(scope);
    if (!appendix)
        return R::failure(appendix.errorString());
    parts << *appendix;
    progress.report(9, 9, stage);
    return parts;
}

ReportSection CommunityHealthReport::summary(const QList<ReportSectionResult>& parts)
{
    ReportSection s;
    s.heading = QCoreApplication::translate("CommunityHealthReport", "Summary");
    QList<ReportFinding> changed, attention;
    for (const ReportSectionResult& part : parts) {
        for (const ReportFinding& f : part.summary)
            (f.tone == ReportFinding::Tone::Attention ? attention : changed) << f;
    }
    s.addSubheading(QCoreApplication::translate("CommunityHealthReport", "What changed"));
    if (changed.isEmpty())
        s.addAbsent(QCoreApplication::translate("CommunityHealthReport", "Nothing changed that the records show."));
    else
        s.addFindings(changed);
    s.addSubheading(QCoreApplication::translate("CommunityHealthReport", "What needs attention"));
    if (attention.isEmpty())
        s.addAbsent(QCoreApplication::translate("CommunityHealthReport", "Nothing needs attention."));
    else
        s.addFindings(attention);
    return s;
}

Result<ReportContent> CommunityHealthReport::build(const Database& database,
                                                   const QString& communityName,
                                                   const ReportOptions& options,
                                                   const Clock& clock,
                                                   Progress& progress)
{
    using R = Result<ReportContent>;
    auto scope = ReportScopeLoader::forCommunity(database, communityName, options, clock);
    if (!scope)
        return R::failure(scope.errorString());
    auto community = CommunityRepository(database).find(scope->communityId);
    auto parts = sections(*scope, progress);
    if (!parts || !community)
        return R::failure(parts ? community.errorString() : parts.errorString());
    ReportContent content;
    content.title = QCoreApplication::translate("CommunityHealthReport", "Community health report");
    content.subtitle = scope->communityName;
    content.period = ReportPeriod{scope->from, scope->to}.text();
    content.generated = clock.now();
    content.author = QStringLiteral("Steward");
    content.cover = true;
    if (community->has_value())
        content.coverLines << (*community)->domain << (*community)->description;
    content.coverLines.removeAll(QString());
    if (options.pseudonymise)
        content.footerNote = QCoreApplication::translate("CommunityHealthReport", "Pseudonymised");
    content.sections << summary(*parts);
    for (const ReportSectionResult& part : std::as_const(*parts))
        content.sections << part.section;
    return content;
}

} // namespace steward
