// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPeriod.h"

#include <QCoreApplication>
#include <QLocale>

namespace steward {

Result<ReportPeriod> ReportPeriod::resolve(const QDate& from, const QDate& to, const Clock& clock)
{
    ReportPeriod period;
    period.to = to.isValid() ? to : clock.today();
    period.from = from.isValid() ? from : period.to.addMonths(-kDefaultMonths).addDays(1);
    if (period.from > period.to)
        return Result<ReportPeriod>::failure(
            QCoreApplication::translate("ReportPeriod", "the period starts (%1) after it ends (%2)")
                .arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate)));
    return period;
}

QString ReportPeriod::text() const
{
    const QLocale locale;
    return QCoreApplication::translate("ReportPeriod", "%1 to %2")
        .arg(locale.toString(from, QStringLiteral("d MMMM yyyy")), locale.toString(to, QStringLiteral("d MMMM yyyy")));
}

} // namespace steward
