// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Progress.h"
#include "common/Result.h"

#include <QStringList>

namespace steward {

class Database;

/** What an outcomes import did. */
struct OutcomeImportSummary
{
    qint64 batchId = 0;
    int rows = 0;
    int people = 0;
    QStringList metrics; // the distinct outcome names, sorted
    QStringList ignoredColumns;
};

/**
 * Imports outcomes per person from CSV. Header (any order and case): person (email or exact name,
 * who must exist), metric (e.g. time_to_proficiency_days, performance, promotion, engagement), value
 * (a number; yes/no and true/false count as 1/0) and optionally date (YYYY-MM-DD). All-or-nothing with
 * "FILE:LINE: reason"; one import is one batch, which ImportBatchRepository::undo() removes again.
 */
class OutcomeCsvImport
{
public:
    OutcomeCsvImport(Database& database, const Clock& clock, Progress& progress = Progress::none());

    Result<OutcomeImportSummary> importFile(const QString& path);
    Result<OutcomeImportSummary> importData(const QByteArray& data, const QString& fileName);

private:
    Database& m_database;
    const Clock& m_clock;
    Progress& m_progress;
};

} // namespace steward
