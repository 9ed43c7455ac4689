// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecognitionSection.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>

namespace steward {

Result<ReportSectionResult> RecognitionSection::build(const ReportScope& scope)
{
    ReportSectionResult result;
    result.section.heading = QCoreApplication::translate("RecognitionSection", "Recognition");
    auto q = runQuery(scope.database.connection(),
                      QStringLiteral("SELECT p.id, p.name, count(*), sum(r.badge_id IS NOT NULL), "
                                     "ifnull(group_concat(DISTINCT b.name), '') FROM recognition r "
                                     "JOIN person p ON p.id = r.receiver_id LEFT JOIN badge b ON b.id = r.badge_id "
                                     "WHERE r.community_id = ? AND r.status = 'given' AND r.given_on BETWEEN ? AND ? "
                                     "GROUP BY p.id ORDER BY count(*) DESC, p.name"),
                      {scope.communityId, sqlDate(scope.from), sqlDate(scope.to)});
    if (!q)
        return Result<ReportSectionResult>::failure(q.errorString());
    ReportTable table;
    table.header = {QCoreApplication::translate("RecognitionSection", "Person"),
                    QCoreApplication::translate("RecognitionSection", "Recognitions"),
                    QCoreApplication::translate("RecognitionSection", "Badges"),
                    QCoreApplication::translate("RecognitionSection", "Badge names")};
    table.numericColumns = {1, 2};
    int total = 0;
    while (q->next()) {
        total += q->value(2).toInt();
        table.rows << QStringList{scope.names.display(q->value(0).toLongLong(), q->value(1).toString()),
                                  q->value(2).toString(),
                                  q->value(3).toString(),
                                  q->value(4).toString()};
    }
    if (table.rows.isEmpty()) {
        result.section.addAbsent(
            QCoreApplication::translate("RecognitionSection", "No recognition was given in the period."));
        return result;
    }
    result.section.addFigures(
        {{QCoreApplication::translate("RecognitionSection", "Recognitions given"), QString::number(total)},
         {QCoreApplication::translate("RecognitionSection", "People recognised"), QString::number(table.rows.size())}});
    result.section.addTable(table);
    result.summary << ReportFinding{
        ReportFinding::Tone::Good,
        QCoreApplication::translate("RecognitionSection", "%1 recognitions went to %2 people.")
            .arg(total)
            .arg(table.rows.size())};
    return result;
}

} // namespace steward
