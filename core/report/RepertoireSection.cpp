// SPDX-License-Identifier: GPL-3.0-or-later
#include "RepertoireSection.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>

namespace steward {

Result<ReportTable> RepertoireSection::artefacts(const ReportScope& scope)
{
    auto q = runQuery(scope.database.connection(),
                      QStringLiteral("SELECT kind, count(*), sum(status IN ('reviewed', 'current')), "
                                     "sum(NOT EXISTS (SELECT 1 FROM review r WHERE r.artefact_id = a.id)) "
                                     "FROM artefact a WHERE community_id = ? AND substr(created_at, 1, 10) "
                                     "BETWEEN ? AND ? GROUP BY kind ORDER BY kind"),
                      {scope.communityId, sqlDate(scope.from), sqlDate(scope.to)});
    if (!q)
        return Result<ReportTable>::failure(q.errorString());
    ReportTable table;
    table.header = {QCoreApplication::translate("RepertoireSection", "Kind"),
                    QCoreApplication::translate("RepertoireSection", "Written"),
                    QCoreApplication::translate("RepertoireSection", "Reviewed or current"),
                    QCoreApplication::translate("RepertoireSection", "Without a review")};
    table.numericColumns = {1, 2, 3};
    while (q->next())
        table.rows << QStringList{
            q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString()};
    return table;
}

Result<ReportTable> RepertoireSection::reviews(const ReportScope& scope)
{
    auto q = runQuery(scope.database.connection(),
                      QStringLiteral("SELECT r.verdict, count(*), count(DISTINCT r.reviewer_id) FROM review r "
                                     "JOIN artefact a ON a.id = r.artefact_id WHERE a.community_id = ? "
                                     "AND r.reviewed_on BETWEEN ? AND ? GROUP BY r.verdict ORDER BY r.verdict"),
                      {scope.communityId, sqlDate(scope.from), sqlDate(scope.to)});
    if (!q)
        return Result<ReportTable>::failure(q.errorString());
    ReportTable table;
    table.header = {QCoreApplication::translate("RepertoireSection", "Verdict"),
                    QCoreApplication::translate("RepertoireSection", "Reviews"),
                    QCoreApplication::translate("RepertoireSection", "Reviewers")};
    table.numericColumns = {1, 2};
    while (q->next())
        table.rows << QStringList{q->value(0).toString(), q->value(1).toString(), q->value(2).toString()};
    return table;
}

Result<ReportSectionResult> RepertoireSection::build(const ReportScope& scope)
{
    ReportSectionResult result;
    result.section.heading = QCoreApplication::translate("RepertoireSection", "Artefacts and reviews");
    auto written = artefacts(scope);
    auto reviewed = reviews(scope);
    if (!written || !reviewed)
        return Result<ReportSectionResult>::failure(written ? reviewed.errorString() : written.errorString());
    if (written->rows.isEmpty()) {
        result.section.addAbsent(
            QCoreApplication::translate("RepertoireSection", "No artefact was written in the period."));
    } else {
        int count = 0;
        for (const QStringList& row : std::as_const(written->rows))
            count += row.at(1).toInt();
        result.section.addTable(*written);
        result.summary << ReportFinding{
            ReportFinding::Tone::Good,
            QCoreApplication::translate("RepertoireSection", "%1 artefacts were added to the repertoire.").arg(count)};
    }
    if (reviewed->rows.isEmpty())
        result.section.addAbsent(QCoreApplication::translate("RepertoireSection", "No review was done in the period."));
    else
        result.section.addTable(*reviewed);
    return result;
}

} // namespace steward
