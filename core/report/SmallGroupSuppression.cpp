// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmallGroupSuppression.h"

#include <QCoreApplication>

namespace steward {

int SmallGroupSuppression::apply(ReportTable& table, int countColumn, int minSize)
{
    QList<QStringList> kept;
    int folded = 0;
    int foldedPeople = 0;
    for (const QStringList& row : std::as_const(table.rows)) {
        const int people = row.value(countColumn).toInt();
        if (people >= minSize) {
            kept << row;
            continue;
        }
        ++folded;
        foldedPeople += people;
    }
    if (folded == 0)
        return 0;
    QStringList merged;
    const QString hidden = QCoreApplication::translate("SmallGroupSuppression", "suppressed");
    for (int c = 0; c < table.header.size(); ++c)
        merged << hidden;
    merged[0] = QCoreApplication::translate("SmallGroupSuppression", "%n group(s) under %1 people", nullptr, folded)
                    .arg(minSize);
    merged[countColumn] = foldedPeople >= minSize
                              ? QString::number(foldedPeople)
                              : QCoreApplication::translate("SmallGroupSuppression", "under %1").arg(minSize);
    kept << merged;
    table.rows = kept;
    return folded;
}

} // namespace steward
