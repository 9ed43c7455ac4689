// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppendixSection.h"

#include "model/ParticipationLevel.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>

namespace steward {

Result<ReportSectionResult> AppendixSection::build(const ReportScope& scope)
{
    auto q = runQuery(scope.database.connection(),
                      QStringLiteral("SELECT p.id, p.name, p.team, p.department, m.level, ifnull(m.joined, ''), "
                                     "(SELECT count(*) FROM level_change c WHERE c.membership_id = m.id) "
                                     "FROM membership m JOIN person p ON p.id = m.person_id WHERE m.community_id = ? "
                                     "AND (m.joined IS NULL OR m.joined <= ?) AND (m.left_on IS NULL OR m.left_on > ?) "
                                     "ORDER BY CASE m.level WHEN 'steward' THEN 0 WHEN 'core' THEN 1 WHEN 'active' "
                                     "THEN 2 WHEN 'peripheral' THEN 3 ELSE 4 END, p.name"),
                      {scope.communityId, sqlDate(scope.to), sqlDate(scope.to)});
    if (!q)
        return Result<ReportSectionResult>::failure(q.errorString());
    // Pseudonymised reports leave team and department out: with a code beside a small team the
    // person would be easy to recognise.
    const bool groups = !scope.names.isPseudonymised();
    ReportTable table;
    table.caption = QCoreApplication::translate("AppendixSection", "Members at the end of the period, by level.");
    table.header = {QCoreApplication::translate("AppendixSection", "Person")};
    if (groups)
        table.header << QCoreApplication::translate("AppendixSection", "Team")
                     << QCoreApplication::translate("AppendixSection", "Department");
    table.header << QCoreApplication::translate("AppendixSection", "Level")
                 << QCoreApplication::translate("AppendixSection", "Joined")
                 << QCoreApplication::translate("AppendixSection", "Level changes");
    table.numericColumns = {int(table.header.size() - 1)};
    while (q->next()) {
        QStringList row{scope.names.display(q->value(0).toLongLong(), q->value(1).toString())};
        if (groups)
            row << q->value(2).toString() << q->value(3).toString();
        const auto level = participationLevelFromKey(q->value(4).toString());
        row << (level ? participationLevelDisplayName(*level) : q->value(4).toString()) << q->value(5).toString()
            << q->value(6).toString();
        table.rows << row;
    }
    ReportSectionResult result;
    result.section.heading = QCoreApplication::translate("AppendixSection", "Appendix: members");
    result.section.newPage = true;
    result.section.addTableOrAbsent(table,
                                    QCoreApplication::translate("AppendixSection", "The community has no members."));
    return result;
}

} // namespace steward
