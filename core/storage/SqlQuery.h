// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace steward {

/** Prepares one statement, binds the values in order and runs it; the message carries SQLite's reason. */
Result<QSqlQuery> runQuery(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {});

/** Runs a prepared statement again with new values (bulk writes reuse one prepared statement). */
Status rerunQuery(QSqlQuery& query, const QVariantList& values);

/** Dates are stored as ISO-8601 text; a null date is SQL NULL. */
QVariant sqlDate(const QDate& date);
QDate dateFromSql(const QVariant& value);
/** Required text (NOT NULL columns): a null QString would bind as SQL NULL, so it binds as ''. */
QVariant sqlText(const QString& text);
/** Optional text (email, handles) is NULL when empty so UNIQUE ignores it. */
QVariant sqlOptionalText(const QString& text);

} // namespace steward
