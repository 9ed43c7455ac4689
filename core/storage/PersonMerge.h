// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "model/Person.h"
#include "storage/RowChangeJournal.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>

namespace steward {

class Database;

/** A column of some table that refers to person(id), found in the schema. */
struct PersonReference
{
    QString table;
    QString column;
    bool notNull = false;
};

/** Two different external ids (or emails) of the same kind, one on each person. */
struct PersonIdConflict
{
    QString label; // "Slack id", translated
    QString sourceValue;
    QString targetValue;
};

/** What a merge would do, before it is done: shown by the merge dialog and checked by merge(). */
struct PersonMergePreview
{
    Person source;
    Person target;
    QList<PersonIdConflict> conflicts;
    QStringList copiedIds;   // "Slack id U123", taken over by the target because it had none
    QMap<QString, int> rows; // table -> rows that refer to the source
};

/** What a merge did, and the row changes that undo it. */
struct PersonMergeOutcome
{
    PersonMergePreview preview;
    QMap<QString, int> moved;   // table -> rows now referring to the target
    QMap<QString, int> dropped; // table -> rows removed: self-ties and duplicates of the target's rows
    QList<RowChange> changes;

    /** One sentence: who went into whom, what moved, what was dropped, which ids were copied. */
    QString describe() const;
};

/**
 * Merges one person (the source, typically created by an import because they matched nobody) into
 * another (the target), in one transaction. The rules:
 * - Every row of every table that refers to the source through a foreign key to person(id) (found in
 *   the schema, so tables added later are covered) now refers to the target.
 * - A row that would then pair the target with themself through two required person columns (an
 *   interaction between the two, a do-not-pair rule) is a self-tie and is dropped, as imports drop them.
 *   A pair table that keeps its two people in order (do_not_pair) gets the pair reordered.
 * - A row that would duplicate one of the target's under a unique constraint (the same session and
 *   date's attendance, the same pairing round, a second membership of one community, ...) is dropped:
 *   the target's row is kept. Rows that referred to the dropped one (a membership's level history) are
 *   moved onto the target's row, so the target keeps its level and gains the source's history.
 * - Email and external ids (Slack, Discord, Teams, GitHub): the target takes each one it lacks. When both
 *   have a different one, the merge is refused unless keepTargetIds is set; then the target keeps its own
 *   and the source's is dropped. Empty profile fields of the target (team, title, ...) are filled too.
 * - Import bookkeeping follows: the batches that created the source no longer count the target as
 *   created by them (undoing such a batch never deletes the target), and an external id a batch wrote
 *   is still cleared when that batch is undone.
 * - Then the source is deleted. A person cannot be merged into themself, and both must exist.
 */
class PersonMerge
{
public:
    struct Options
    {
        bool keepTargetIds = false;
    };

    explicit PersonMerge(const Database& database);

    Result<PersonMergePreview> preview(qint64 sourceId, qint64 targetId) const;
    Result<PersonMergeOutcome> merge(qint64 sourceId, qint64 targetId, const Options& options);
    /** Puts every row back as it was before the merge (the source with its id included). */
    Status undo(const QList<RowChange>& changes);

    /** Every column of every table that refers to person(id). */
    static Result<QList<PersonReference>> references(const QSqlDatabase& db);

private:
    Status mergeRows(const PersonMergePreview& preview);

    const Database& m_database;
    QSqlDatabase m_db;
};

} // namespace steward
