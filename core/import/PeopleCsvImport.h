// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Progress.h"
#include "common/Result.h"

#include <QStringList>

namespace steward {

class Database;

/** What a people import did. */
struct PeopleImportSummary
{
    int rows = 0;
    int added = 0;
    int updated = 0;   // matched people whose stored values changed
    int unchanged = 0; // matched people the file leaves as they were
    /** Header columns that are not person fields and were left out. */
    QStringList ignoredColumns;
};

/**
 * Imports people from CSV (columns named like PersonRepository::fieldNames(), any order and case).
 * Existing people are matched by email, else by exact name, and updated; empty cells leave the
 * stored value as it was. All-or-nothing: the first bad row aborts with "FILE:LINE: reason".
 */
class PeopleCsvImport
{
public:
    explicit PeopleCsvImport(Database& database, Progress& progress = Progress::none());

    Result<PeopleImportSummary> importFile(const QString& path);
    /** fileName names the input in messages. */
    Result<PeopleImportSummary> importData(const QByteArray& data, const QString& fileName);

private:
    Database& m_database;
    Progress& m_progress;
};

} // namespace steward
