// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlQuery.h"

#include <QSqlError>

namespace steward {

Result<QSqlQuery> runQuery(const QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Result<QSqlQuery>::failure(query.lastError().text());
    if (Status s = rerunQuery(query, values); !s)
        return Result<QSqlQuery>::failure(s.errorString());
    return query;
}

Status rerunQuery(QSqlQuery& query, const QVariantList& values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return Status::failure(query.lastError().text());
    return {};
}

QVariant sqlDate(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate dateFromSql(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant sqlText(const QString& text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QVariant sqlOptionalText(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(trimmed);
}

} // namespace steward
