// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace steward::test {

/** Every value of a table as text with its storage type, rows in key order: equal dumps, equal tables. */
QStringList dumpTable(const QSqlDatabase& db, const QString& table);

/** Every ordinary table of the file (full-text index storage included), name -> dump. */
QMap<QString, QStringList> dumpDatabase(const QSqlDatabase& db);

/**
 * Fails the running test (QCOMPARE) when the dumps differ, after logging the rows only one side has, so an
 * undo that misses a row says which.
 */
void compareDumps(const QMap<QString, QStringList>& before, const QMap<QString, QStringList>& after);

} // namespace steward::test
