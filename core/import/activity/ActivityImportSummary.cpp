// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityImportSummary.h"

#include <QJsonArray>

namespace steward {

namespace {

QJsonObject countsObject(const QMap<QString, qint64>& counts)
{
    QJsonObject object;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

} // namespace

QJsonObject ActivityImportSummary::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("batch_id"), batchId > 0 ? QJsonValue(batchId) : QJsonValue());
    object.insert(QStringLiteral("format"), format);
    object.insert(QStringLiteral("dry_run"), dryRun);
    object.insert(QStringLiteral("messages_read"), messagesRead);
    object.insert(QStringLiteral("interactions_created"), interactionsCreated);
    object.insert(QStringLiteral("people_matched"), peopleMatched);
    object.insert(QStringLiteral("people_created"), peopleCreated);
    object.insert(QStringLiteral("skipped"), countsObject(skipped));
    object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    object.insert(QStringLiteral("interactions_by_kind"), countsObject(interactionsByKind));
    object.insert(QStringLiteral("channels"), QJsonArray::fromStringList(channels));
    object.insert(QStringLiteral("first_occurred"), firstOccurred.isEmpty() ? QJsonValue() : QJsonValue(firstOccurred));
    object.insert(QStringLiteral("last_occurred"), lastOccurred.isEmpty() ? QJsonValue() : QJsonValue(lastOccurred));
    return object;
}

} // namespace steward
