// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/Progress.h"
#include "common/Result.h"

#include <QStringList>

namespace steward {

class Database;

/** What an interactions import did. */
struct InteractionImportSummary
{
    qint64 batchId = 0;
    int rows = 0;
    int newPeople = 0;        // names no one had: created, and made observers of the community
    int joinedMembers = 0;    // people who were not members yet: made observers
    int selfInteractions = 0; // stored, but left out of every network
    QStringList ignoredColumns;
};

/**
 * Imports interactions for one community from CSV. Header (any order and case): source, target, and
 * optionally weight (default 1, must be positive), timestamp (YYYY-MM-DD, or an ISO-8601 date-time,
 * stored in UTC; without an offset it is taken as UTC), kind, platform (default manual), channel.
 * People are named by email (when the cell holds an '@') or by exact name; an unknown name or email
 * creates the person (named by it) and everyone in the file who is not a member becomes an observer
 * of the community. All-or-nothing: the first bad row aborts with "FILE:LINE: reason". One import is
 * one batch, which ImportBatchRepository::undo() removes again.
 */
class InteractionCsvImport
{
public:
    InteractionCsvImport(Database& database, const Clock& clock, Progress& progress = Progress::none());

    Result<InteractionImportSummary> importFile(const QString& path, const QString& communityName);
    /** fileName names the input in messages and in the batch. */
    Result<InteractionImportSummary>
    importData(const QByteArray& data, const QString& fileName, const QString& communityName);

    /** Reads a timestamp cell: a day stays a day, a date-time becomes a UTC instant; empty for a bad value. */
    static QString normalizedTimestamp(const QString& text);

private:
    Database& m_database;
    const Clock& m_clock;
    Progress& m_progress;
};

} // namespace steward
