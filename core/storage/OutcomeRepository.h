// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/Outcome.h"

#include <QList>
#include <QSqlDatabase>

namespace steward {

class Database;

/** Outcomes imported per person. */
class OutcomeRepository
{
public:
    explicit OutcomeRepository(const Database& database);

    /** Bulk write for imports (one prepared statement); new ids are written back. */
    Status addAll(QList<Outcome>& outcomes);
    /** Every outcome, by metric, person and date. */
    Result<QList<Outcome>> all() const;

private:
    QSqlDatabase m_db;
};

} // namespace steward
