// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomesSection.h"

#include <QCoreApplication>
#include <QLocale>

namespace steward {

ReportSectionResult OutcomesSection::build(const NetworkSnapshot& snapshot)
{
    ReportSectionResult result;
    result.section.heading = QCoreApplication::translate("OutcomesSection", "Outcome overlay");
    ReportTable table;
    table.header = {QCoreApplication::translate("OutcomesSection", "Outcome"),
                    QCoreApplication::translate("OutcomesSection", "Network measure"),
                    QCoreApplication::translate("OutcomesSection", "Spearman"),
                    QCoreApplication::translate("OutcomesSection", "People")};
    table.numericColumns = {2, 3};
    QStringList caveats;
    // Keys such as time_to_proficiency_days read as words.
    auto words = [](QString key) { return key.replace(QLatin1Char('_'), QLatin1Char(' ')); };
    for (const OutcomeLink& link : snapshot.findings.outcomes) {
        table.rows << QStringList{words(link.outcome),
                                  words(link.metric),
                                  link.spearman ? QLocale().toString(*link.spearman, 'f', 2) : QStringLiteral("-"),
                                  QString::number(link.n)};
        if (!link.caveat.isEmpty() && !caveats.contains(link.caveat))
            caveats << link.caveat;
    }
    if (table.rows.isEmpty()) {
        result.section.addAbsent(
            QCoreApplication::translate("OutcomesSection", "No outcome was imported for the people of this network."));
        return result;
    }
    result.section.addParagraph(QCoreApplication::translate("OutcomesSection",
                                                            "Rank correlation between each person's place in the "
                                                            "network and their latest imported outcome. A "
                                                            "correlation is not a cause."));
    result.section.addTable(table);
    for (const QString& caveat : std::as_const(caveats))
        result.section.addParagraph(caveat);
    return result;
}

} // namespace steward
