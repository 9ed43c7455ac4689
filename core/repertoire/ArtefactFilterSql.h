// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repertoire/Artefact.h"

#include <QString>
#include <QVariantList>

namespace steward {

/**
 * The one place an ArtefactFilter becomes SQL, for the list and for the search alike. Every condition is
 * "ID IN (subquery)" on an indexed column (artefact(community_id, kind, status), artefact_tag(tag_id),
 * artefact_author(person_id)): SQLite builds each id set once and probes it per row, instead of a
 * correlated lookup per artefact.
 */
struct ArtefactFilterSql
{
    /** How the community, kind and status conditions are written. */
    enum class Columns
    {
        IdSet,    // "ID IN (SELECT id FROM artefact WHERE ...)": built once from the index, best when it selects
        RowCheck, // "EXISTS (... WHERE f.id = ID AND ...)": a lookup per row, best after selective id sets
    };

    /** " AND ..." conditions (empty when the filter filters nothing), with their values in order. */
    QString conditions;
    QVariantList values;

    /**
     * The filter as conditions on `idColumn`, an expression holding an artefact id (e.g. "a.id"). Over the
     * full-text index pass "+h.id": the unary plus keeps SQLite from handing the id sets to FTS5 as rowid
     * constraints, which re-runs the whole query (and bm25's statistics) once per id - seconds instead of ms.
     */
    static ArtefactFilterSql
    build(const ArtefactFilter& filter, const QString& idColumn, Columns columns = Columns::IdSet);
};

} // namespace steward
