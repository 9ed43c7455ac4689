// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace steward {

/** One measured outcome for a person (time_to_proficiency_days, performance, promotion, engagement...). */
struct Outcome
{
    qint64 id = 0;
    qint64 personId = 0;
    QString metric;
    double value = 0;
    QDate date; // when it was measured; may be null
    qint64 batchId = 0;

    bool operator==(const Outcome&) const = default;
};

} // namespace steward
