// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonMerge.h"

#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace steward {

namespace {

/** An email or external id column of person, and the import platform that writes it. */
struct IdField
{
    const char* label;
    QString Person::*member;
    const char* platform; // as in activity_batch_external_id; "" for the email
    Qt::CaseSensitivity compare;
};

const QList<IdField>& idFields()
{
    static const QList<IdField> fields{
        {QT_TRANSLATE_NOOP("PersonMerge", "email"), &Person::email, "", Qt::CaseInsensitive},
        {QT_TRANSLATE_NOOP("PersonMerge", "Slack id"), &Person::slackId, "slack", Qt::CaseSensitive},
        {QT_TRANSLATE_NOOP("PersonMerge", "Discord id"), &Person::discordId, "discord", Qt::CaseSensitive},
        {QT_TRANSLATE_NOOP("PersonMerge", "Teams id"), &Person::teamsId, "teams", Qt::CaseSensitive},
        {QT_TRANSLATE_NOOP("PersonMerge", "GitHub login"), &Person::githubLogin, "github", Qt::CaseInsensitive},
    };
    return fields;
}

QString label(const IdField& field)
{
    return QCoreApplication::translate("PersonMerge", field.label);
}

QString personLabel(const Person& person)
{
    return QStringLiteral("%1 (#%2)").arg(person.name).arg(person.id);
}

QString quotedName(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

Status run(const QSqlDatabase& db, const QString& sql, const QVariantList& values = {})
{
    auto query = runQuery(db, sql, values);
    return query ? Status() : Status::failure(query.errorString());
}

/** The target with the source's ids and profile fields wherever the target has none. */
Person combined(const Person& source, const Person& target)
{
    Person merged = target;
    for (const IdField& field : idFields()) {
        if ((merged.*field.member).isEmpty())
            merged.*field.member = source.*field.member;
    }
    for (QString Person::*member : {&Person::team, &Person::department, &Person::title, &Person::location}) {
        if ((merged.*member).isEmpty())
            merged.*member = source.*member;
    }
    if (!merged.startDate.isValid())
        merged.startDate = source.startDate;
    return merged;
}

/** Pair tables that keep their two people in order, e.g. CHECK (person_id < other_person_id). */
bool keepsPairInOrder(const QSqlDatabase& db, const QString& table, const QString& a, const QString& b)
{
    auto sql = runQuery(db, QStringLiteral("SELECT sql FROM main.sqlite_schema WHERE name = ?"), {table});
    if (!sql || !sql->next())
        return false;
    const QString pattern = QStringLiteral(R"re(CHECK\s*\(\s*"?(%1|%2)"?\s*[<>]=?\s*"?(%1|%2)"?\s*\))re")
                                .arg(QRegularExpression::escape(a), QRegularExpression::escape(b));
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption)
        .match(sql->value(0).toString())
        .hasMatch();
}

/** The columns of the table's unique constraints (without partial or expression indexes) holding column. */
QList<QStringList> uniqueKeysWith(const QSqlDatabase& db, const QString& table, const QString& column)
{
    QList<QStringList> keys;
    auto indexes = runQuery(
        db, QStringLiteral("SELECT name FROM pragma_index_list(?) WHERE \"unique\" = 1 AND partial = 0"), {table});
    QStringList names;
    while (indexes && indexes->next())
        names.append(indexes->value(0).toString());
    for (const QString& index : std::as_const(names)) {
        auto info = runQuery(db, QStringLiteral("SELECT name FROM pragma_index_info(?) ORDER BY seqno"), {index});
        QStringList key;
        bool plain = true;
        while (info && info->next()) {
            plain = plain && !info->value(0).isNull();
            key.append(info->value(0).toString());
        }
        if (plain && key.contains(column))
            keys.append(key);
    }
    return keys;
}

/** A row of one table that other rows refer to: the columns of the children and what they refer to. */
struct ChildReference
{
    QString table;
    QString column;
    QString parentColumn; // empty: the rowid
};

Result<QList<ChildReference>> childrenOf(const QSqlDatabase& db, const QString& table)
{
    auto refs = runQuery(db,
                         QStringLiteral("SELECT m.name, f.\"from\", f.\"to\" FROM main.sqlite_schema AS m, "
                                        "pragma_foreign_key_list(m.name) AS f WHERE m.type = 'table' AND "
                                        "f.\"table\" = ?"),
                         {table});
    if (!refs)
        return Result<QList<ChildReference>>::failure(refs.errorString());
    QList<ChildReference> children;
    while (refs->next()) {
        // Which membership an import batch opened is its own bookkeeping: moving it onto the target's
        // membership would let undoing the batch remove the target's membership.
        if (refs->value(0).toString() == QStringLiteral("import_batch_person"))
            continue;
        children.append({refs->value(0).toString(), refs->value(1).toString(), refs->value(2).toString()});
    }
    return children;
}

} // namespace

PersonMerge::PersonMerge(const Database& database)
    : m_database(database)
    , m_db(database.connection())
{
}

Result<QList<PersonReference>> PersonMerge::references(const QSqlDatabase& db)
{
    using R = Result<QList<PersonReference>>;
    auto refs = runQuery(db,
                         QStringLiteral("SELECT m.name, f.\"from\", (SELECT \"notnull\" FROM pragma_table_info(m.name) "
                                        "AS c WHERE c.name = f.\"from\") FROM main.sqlite_schema AS m, "
                                        "pragma_foreign_key_list(m.name) AS f WHERE m.type = 'table' AND "
                                        "f.\"table\" = 'person' ORDER BY m.name, f.\"from\""));
    if (!refs)
        return R::failure(refs.errorString());
    QList<PersonReference> references;
    while (refs->next())
        references.append({refs->value(0).toString(), refs->value(1).toString(), refs->value(2).toInt() == 1});
    return references;
}

namespace {

/** Removes the rows that would tie the target to themself through two required person columns. */
Status dropSelfTies(const QSqlDatabase& db, const QString& table, const QStringList& columns, qint64 s, qint64 t)
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        for (qsizetype j = i + 1; j < columns.size(); ++j) {
            const QString a = quotedName(columns.at(i));
            const QString b = quotedName(columns.at(j));
            const QString sql = QStringLiteral("DELETE FROM main.%1 WHERE %2 IN (?, ?) AND %3 IN (?, ?) AND "
                                               "(%2 = ? OR %3 = ?)")
                                    .arg(quotedName(table), a, b);
            if (Status st = run(db, sql, {s, t, s, t, s, s}); !st)
                return st;
        }
    }
    return {};
}

/**
 * A source row that duplicates a target row under a unique key: the rows referring to it are moved onto
 * the target's row (those that would duplicate again stay, and go with it), then it is dropped.
 */
Status foldDuplicate(
    const QSqlDatabase& db, const PersonReference& ref, const QList<QStringList>& keys, qint64 duplicateRowId, qint64 t)
{
    const QString table = quotedName(ref.table);
    for (const QStringList& key : keys) {
        QStringList conditions{QStringLiteral("k.%1 = ?").arg(quotedName(ref.column))};
        for (const QString& column : key) {
            if (column != ref.column)
                conditions.append(QStringLiteral("k.%1 IS d.%1").arg(quotedName(column)));
        }
        auto kept = runQuery(db,
                             QStringLiteral("SELECT k.rowid FROM main.%1 AS k, main.%1 AS d WHERE d.rowid = ? AND %2")
                                 .arg(table, conditions.join(QStringLiteral(" AND "))),
                             {duplicateRowId, t});
        if (!kept)
            return Status::failure(kept.errorString());
        if (!kept->next())
            continue;
        const qint64 keptRowId = kept->value(0).toLongLong();
        auto children = childrenOf(db, ref.table);
        if (!children)
            return Status::failure(children.errorString());
        for (const ChildReference& child : std::as_const(*children)) {
            const QString parent =
                child.parentColumn.isEmpty() ? QStringLiteral("rowid") : quotedName(child.parentColumn);
            const QString sql = QStringLiteral("UPDATE OR IGNORE main.%1 SET %2 = (SELECT %3 FROM main.%4 WHERE rowid "
                                               "= ?) WHERE %2 = (SELECT %3 FROM main.%4 WHERE rowid = ?)")
                                    .arg(quotedName(child.table), quotedName(child.column), parent, table);
            if (Status st = run(db, sql, {keptRowId, duplicateRowId}); !st)
                return st;
        }
        break;
    }
    return run(db, QStringLiteral("DELETE FROM main.%1 WHERE rowid = ?").arg(table), {duplicateRowId});
}

/** Points one person column from the source to the target, row by row where a constraint stands in the way. */
Status moveColumn(const QSqlDatabase& db, const PersonReference& ref, const QString& partner, qint64 s, qint64 t)
{
    const QString table = quotedName(ref.table);
    const QString column = quotedName(ref.column);
    if (Status st =
            run(db, QStringLiteral("UPDATE OR IGNORE main.%1 SET %2 = ? WHERE %2 = ?").arg(table, column), {t, s});
        !st)
        return st;
    if (!partner.isEmpty() && keepsPairInOrder(db, ref.table, ref.column, partner)) {
        // (S, X) becomes (X, T) when T sorts after X.
        const QString sql = QStringLiteral("UPDATE OR IGNORE main.%1 SET %2 = %3, %3 = ? WHERE %2 = ?")
                                .arg(table, column, quotedName(partner));
        if (Status st = run(db, sql, {t, s}); !st)
            return st;
    }
    if (!ref.notNull)
        return {}; // what is left (a seat both held on one date) loses the source when it is deleted
    auto left = runQuery(db, QStringLiteral("SELECT rowid FROM main.%1 WHERE %2 = ?").arg(table, column), {s});
    if (!left)
        return {}; // WITHOUT ROWID tables have no rowid; the cascade takes their duplicates
    QList<qint64> duplicates;
    while (left->next())
        duplicates.append(left->value(0).toLongLong());
    const QList<QStringList> keys = uniqueKeysWith(db, ref.table, ref.column);
    for (qint64 rowId : std::as_const(duplicates)) {
        if (Status st = foldDuplicate(db, ref, keys, rowId, t); !st)
            return st;
    }
    return {};
}

Status moveReferences(const QSqlDatabase& db, qint64 s, qint64 t)
{
    auto refs = PersonMerge::references(db);
    if (!refs)
        return Status::failure(refs.errorString());
    QMap<QString, QStringList> requiredColumns; // table -> NOT NULL person columns
    for (const PersonReference& ref : std::as_const(*refs)) {
        if (ref.notNull)
            requiredColumns[ref.table].append(ref.column);
    }
    for (auto table = requiredColumns.cbegin(); table != requiredColumns.cend(); ++table) {
        if (Status st = dropSelfTies(db, table.key(), table.value(), s, t); !st)
            return st;
    }
    for (const PersonReference& ref : std::as_const(*refs)) {
        const QStringList& pair = requiredColumns.value(ref.table);
        const QString partner = ref.notNull && pair.size() == 2 ? pair.at(pair.at(0) == ref.column ? 1 : 0) : QString();
        if (Status st = moveColumn(db, ref, partner, s, t); !st)
            return Status::failure(QStringLiteral("%1.%2: %3").arg(ref.table, ref.column, st.errorString()));
    }
    return {};
}

/**
 * Import bookkeeping, which refers to people without foreign keys: the ids a batch wrote follow the id
 * onto the target, the target is not "created" by the source's batches, suggestions name the target.
 */
Status moveImportBookkeeping(const QSqlDatabase& db, const PersonMergePreview& preview, const Person& merged)
{
    const qint64 s = preview.source.id;
    const qint64 t = preview.target.id;
    for (const IdField& field : idFields()) {
        const QString platform = QString::fromLatin1(field.platform);
        const bool copied = (preview.target.*field.member).isEmpty() && !(merged.*field.member).isEmpty();
        if (platform.isEmpty() || !copied)
            continue;
        auto moved = runQuery(db,
                              QStringLiteral("UPDATE activity_batch_external_id SET person_id = ? WHERE person_id = ? "
                                             "AND platform = ?"),
                              {t, s, platform});
        if (!moved)
            return Status::failure(moved.errorString());
        if (moved->numRowsAffected() > 0)
            continue;
        // The batch that created the source wrote its ids; undoing that batch clears them on the target.
        const QString sql = QStringLiteral("INSERT INTO activity_batch_external_id (batch_id, person_id, platform) "
                                           "SELECT batch_id, ?, ? FROM import_batch_person WHERE person_id = ? AND "
                                           "created_person = 1 ORDER BY batch_id LIMIT 1");
        if (Status st = run(db, sql, {t, platform, s}); !st)
            return st;
    }
    const QList<std::pair<QString, QVariantList>> statements{
        {QStringLiteral("DELETE FROM activity_batch_external_id WHERE person_id = ?"), {s}},
        {QStringLiteral("UPDATE import_batch_person SET created_person = 0 WHERE person_id = ?"), {s}},
        {QStringLiteral("UPDATE unmatched_person SET suggested_person_id = CASE WHEN person_id = ? THEN NULL "
                        "ELSE ? END WHERE suggested_person_id = ?"),
         {t, t, s}},
    };
    for (const auto& [sql, values] : statements) {
        if (Status st = run(db, sql, values); !st)
            return st;
    }
    return {};
}

/** Rows per table the merge re-pointed (moved) or removed (dropped), each row once. */
void countRows(PersonMergeOutcome& outcome)
{
    // The person rows themselves and the import's bookkeeping are not what the steward asked about.
    static const QSet<QString> notCounted{QStringLiteral("person"),
                                          QStringLiteral("unmatched_person"),
                                          QStringLiteral("import_batch_person"),
                                          QStringLiteral("activity_batch_external_id")};
    const auto keyOf = [](const RowChange& change, const RowChange::Image& image) {
        QStringList key{change.table, image.rowId.toString()};
        if (image.rowId.isNull()) {
            for (const QVariant& value : image.values)
                key.append(value.toString());
        }
        return key.join(QLatin1Char('\x1f'));
    };
    QSet<QString> dropped;
    for (const RowChange& change : std::as_const(outcome.changes)) {
        if (change.kind == RowChange::Kind::Deleted && !notCounted.contains(change.table)) {
            dropped.insert(keyOf(change, change.before));
            ++outcome.dropped[change.table];
        }
    }
    QSet<QString> moved;
    for (const RowChange& change : std::as_const(outcome.changes)) {
        if (change.kind != RowChange::Kind::Updated || notCounted.contains(change.table))
            continue;
        const QString key = keyOf(change, change.after);
        if (!dropped.contains(key) && !moved.contains(key)) {
            moved.insert(key);
            ++outcome.moved[change.table];
        }
    }
}

} // namespace

Result<PersonMergePreview> PersonMerge::preview(qint64 sourceId, qint64 targetId) const
{
    using R = Result<PersonMergePreview>;
    PersonRepository people{m_database};
    PersonMergePreview preview;
    for (auto [id, person] : {std::pair{sourceId, &preview.source}, std::pair{targetId, &preview.target}}) {
        auto found = people.find(id);
        if (!found)
            return R::failure(found.errorString());
        if (!found->has_value())
            return R::failure(QCoreApplication::translate("PersonMerge", "No person has the id %1.").arg(id));
        *person = **found;
    }
    if (sourceId == targetId)
        return R::failure(QCoreApplication::translate("PersonMerge", "%1 cannot be merged into themself.")
                              .arg(personLabel(preview.source)));
    for (const IdField& field : idFields()) {
        const QString& from = preview.source.*field.member;
        const QString& into = preview.target.*field.member;
        if (from.isEmpty() || from.compare(into, field.compare) == 0)
            continue;
        if (into.isEmpty())
            preview.copiedIds.append(QStringLiteral("%1 %2").arg(label(field), from));
        else
            preview.conflicts.append({label(field), from, into});
    }
    auto refs = references(m_db);
    if (!refs)
        return R::failure(refs.errorString());
    for (const PersonReference& ref : std::as_const(*refs)) {
        auto count = runQuery(m_db,
                              QStringLiteral("SELECT count(*) FROM main.%1 WHERE %2 = ?")
                                  .arg(quotedName(ref.table), quotedName(ref.column)),
                              {sourceId});
        if (!count || !count->next())
            return R::failure(count.errorString());
        if (const int n = count->value(0).toInt(); n > 0)
            preview.rows[ref.table] += n;
    }
    return preview;
}

Result<PersonMergeOutcome> PersonMerge::merge(qint64 sourceId, qint64 targetId, const Options& options)
{
    using R = Result<PersonMergeOutcome>;
    auto preview = this->preview(sourceId, targetId);
    if (!preview)
        return R::failure(preview.errorString());
    if (!preview->conflicts.isEmpty() && !options.keepTargetIds) {
        QStringList differences;
        for (const PersonIdConflict& c : std::as_const(preview->conflicts))
            differences.append(QStringLiteral("%1 '%2' / '%3'").arg(c.label, c.sourceValue, c.targetValue));
        return R::failure(QCoreApplication::translate("PersonMerge",
                                                      "%1 and %2 have different ids (%3); merging would drop those of "
                                                      "%1. Merge only if %2 may keep their own.")
                              .arg(personLabel(preview->source),
                                   personLabel(preview->target),
                                   differences.join(QStringLiteral(", "))));
    }
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return R::failure(transaction.errorString());
    RowChangeJournal journal(m_db);
    if (Status s = journal.start(); !s)
        return R::failure(s.errorString());
    if (Status s = mergeRows(*preview); !s)
        return R::failure(QCoreApplication::translate("PersonMerge", "Could not merge %1 into %2: %3")
                              .arg(personLabel(preview->source), personLabel(preview->target), s.errorString()));
    auto changes = journal.finish();
    if (!changes)
        return R::failure(changes.errorString());
    if (Status s = transaction.commit(); !s)
        return R::failure(s.errorString());
    PersonMergeOutcome outcome{*preview, {}, {}, *changes};
    countRows(outcome);
    return outcome;
}

Status PersonMerge::mergeRows(const PersonMergePreview& preview)
{
    const qint64 s = preview.source.id;
    const qint64 t = preview.target.id;
    const Person merged = combined(preview.source, preview.target);
    // The email is unique: the source gives it up before the target takes it.
    if (Status st = run(m_db, QStringLiteral("UPDATE person SET email = NULL WHERE id = ?"), {s}); !st)
        return st;
    PersonRepository people{m_database};
    if (Status st = people.update(merged); !st)
        return st;
    if (Status st = moveImportBookkeeping(m_db, preview, merged); !st)
        return st;
    if (Status st = moveReferences(m_db, s, t); !st)
        return st;
    return run(m_db, QStringLiteral("DELETE FROM person WHERE id = ?"), {s});
}

Status PersonMerge::undo(const QList<RowChange>& changes)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return Status::failure(transaction.errorString());
    if (Status s = RowChangeJournal::revert(m_db, changes); !s)
        return s;
    return transaction.commit();
}

QString PersonMergeOutcome::describe() const
{
    const auto list = [](const QMap<QString, int>& counts) {
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
        return parts.join(QStringLiteral(", "));
    };
    QString text = QCoreApplication::translate("PersonMerge", "Merged %1 into %2.")
                       .arg(personLabel(preview.source), personLabel(preview.target));
    if (!moved.isEmpty())
        text += QLatin1Char(' ') + QCoreApplication::translate("PersonMerge", "Moved: %1.").arg(list(moved));
    if (!dropped.isEmpty())
        text +=
            QLatin1Char(' ')
            + QCoreApplication::translate("PersonMerge", "Dropped (self-ties and duplicates): %1.").arg(list(dropped));
    if (!preview.copiedIds.isEmpty())
        text += QLatin1Char(' ')
                + QCoreApplication::translate("PersonMerge", "Taken over: %1.")
                      .arg(preview.copiedIds.join(QStringLiteral(", ")));
    if (!preview.conflicts.isEmpty()) {
        QStringList kept;
        for (const PersonIdConflict& c : preview.conflicts)
            kept.append(QStringLiteral("%1 %2").arg(c.label, c.targetValue));
        text += QLatin1Char(' ')
                + QCoreApplication::translate("PersonMerge", "Kept: %1.").arg(kept.join(QStringLiteral(", ")));
    }
    return text;
}

} // namespace steward
