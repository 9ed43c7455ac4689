// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArtefactFilterSql.h"

#include <QStringList>

namespace steward {

ArtefactFilterSql ArtefactFilterSql::build(const ArtefactFilter& filter, const QString& idColumn, Columns how)
{
    ArtefactFilterSql sql;
    // The most selective sets first: SQLite checks the conditions in this order.
    if (!filter.tag.isEmpty()) {
        sql.conditions += QStringLiteral(" AND %1 IN (SELECT x.artefact_id FROM artefact_tag x "
                                         "JOIN tag t ON t.id = x.tag_id WHERE t.name = ?)")
                              .arg(idColumn);
        sql.values.append(filter.tag.trimmed().toLower());
    }
    if (filter.authorId > 0) {
        sql.conditions +=
            QStringLiteral(" AND %1 IN (SELECT artefact_id FROM artefact_author WHERE person_id = ?)").arg(idColumn);
        sql.values.append(filter.authorId);
    }
    QStringList columns;
    if (filter.communityId > 0) {
        columns.append(QStringLiteral("community_id = ?"));
        sql.values.append(filter.communityId);
    }
    if (!filter.kind.isEmpty()) {
        columns.append(QStringLiteral("kind = ?"));
        sql.values.append(filter.kind);
    }
    if (!filter.status.isEmpty()) {
        columns.append(QStringLiteral("status = ?"));
        sql.values.append(filter.status);
    }
    if (columns.isEmpty())
        return sql;
    if (how == Columns::IdSet)
        sql.conditions += QStringLiteral(" AND %1 IN (SELECT id FROM artefact WHERE %2)")
                              .arg(idColumn, columns.join(QStringLiteral(" AND ")));
    else
        sql.conditions += QStringLiteral(" AND EXISTS (SELECT 1 FROM artefact f WHERE f.id = %1 AND %2)")
                              .arg(idColumn, columns.join(QStringLiteral(" AND ")));
    return sql;
}

} // namespace steward
