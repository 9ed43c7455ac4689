// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace steward {

/** One interaction: source addressed target (a reply, a mention, a review, an answer in a survey...). */
struct Interaction
{
    qint64 id = 0;
    qint64 communityId = 0;
    qint64 sourceId = 0;
    qint64 targetId = 0;
    QString kind = QStringLiteral("manual");
    QString platform = QStringLiteral("manual");
    QString channel;
    /** ISO-8601: a day (YYYY-MM-DD) or a UTC instant (YYYY-MM-DDTHH:MM:SSZ); empty when unknown. */
    QString occurred;
    double weight = 1;
    qint64 batchId = 0; // 0: entered by hand

    bool operator==(const Interaction&) const = default;

    /** The kinds the schema accepts, in the order help texts list them. */
    static QStringList kinds()
    {
        return {QStringLiteral("reply"),
                QStringLiteral("mention"),
                QStringLiteral("review"),
                QStringLiteral("survey"),
                QStringLiteral("co-attendance"),
                QStringLiteral("pairing"),
                QStringLiteral("hot-seat-advice"),
                QStringLiteral("manual")};
    }
    static QStringList platforms()
    {
        return {QStringLiteral("slack"),
                QStringLiteral("discord"),
                QStringLiteral("teams"),
                QStringLiteral("github"),
                QStringLiteral("survey"),
                QStringLiteral("steward"),
                QStringLiteral("manual")};
    }
};

} // namespace steward
