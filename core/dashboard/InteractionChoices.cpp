// SPDX-License-Identifier: GPL-3.0-or-later
#include "InteractionChoices.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace steward {

Result<InteractionChoices> InteractionChoices::of(const Database& database, qint64 communityId)
{
    using R = Result<InteractionChoices>;
    InteractionChoices choices;
    auto channels = runQuery(database.connection(),
                             QStringLiteral("SELECT DISTINCT channel FROM interaction WHERE community_id = ? "
                                            "AND channel <> '' ORDER BY channel"),
                             {communityId});
    if (!channels)
        return R::failure(channels.errorString());
    while (channels->next())
        choices.channels.append(channels->value(0).toString());
    auto span = runQuery(database.connection(),
                         QStringLiteral("SELECT MIN(substr(occurred, 1, 10)), MAX(substr(occurred, 1, 10)) "
                                        "FROM interaction WHERE community_id = ?"),
                         {communityId});
    if (!span)
        return R::failure(span.errorString());
    if (span->next()) {
        choices.first = dateFromSql(span->value(0));
        choices.last = dateFromSql(span->value(1));
    }
    return choices;
}

} // namespace steward
