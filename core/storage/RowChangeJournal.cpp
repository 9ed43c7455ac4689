// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowChangeJournal.h"

#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <atomic>

namespace steward {

namespace {

// Each journal gets its own table and trigger names: SQLite refuses to drop a table while another statement on
// the connection is still open (a model's query, say), and a journal left behind must not block the next one.
std::atomic<int> journalsStarted{0};

/** A table of the main schema as the journal needs it: its columns and how a row is found again. */
struct TableShape
{
    QString name;
    QStringList columns;
    QList<int> primaryKey; // column indexes, for WITHOUT ROWID tables
    bool withoutRowId = false;
};

QString quotedName(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString quotedText(const QString& text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

Status fillColumns(const QSqlDatabase& db, TableShape& shape)
{
    auto info = runQuery(db, QStringLiteral("SELECT name, pk FROM pragma_table_info(?) ORDER BY cid"), {shape.name});
    if (!info)
        return Status::failure(info.errorString());
    QList<std::pair<int, int>> keyOrder; // (position in the key, column index)
    while (info->next()) {
        if (const int pk = info->value(1).toInt(); pk > 0)
            keyOrder.append({pk, int(shape.columns.size())});
        shape.columns.append(info->value(0).toString());
    }
    std::sort(keyOrder.begin(), keyOrder.end());
    for (const auto& [position, column] : std::as_const(keyOrder))
        shape.primaryKey.append(column);
    return {};
}

// Ordinary tables only: virtual tables (full-text search) take no triggers, and their shadow tables
// change only through them.
Result<QList<TableShape>> tableShapes(const QSqlDatabase& db)
{
    using R = Result<QList<TableShape>>;
    auto tables = runQuery(db,
                           QStringLiteral("SELECT name, sql FROM main.sqlite_schema WHERE type = 'table' AND "
                                          "name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    if (!tables)
        return R::failure(tables.errorString());
    static const QRegularExpression withoutRowId(QStringLiteral(R"(\)\s*WITHOUT\s+ROWID\s*;?\s*$)"),
                                                 QRegularExpression::CaseInsensitiveOption);
    QList<TableShape> shapes;
    QStringList virtualTables;
    while (tables->next()) {
        const QString sql = tables->value(1).toString();
        if (sql.startsWith(QStringLiteral("CREATE VIRTUAL"), Qt::CaseInsensitive)) {
            virtualTables.append(tables->value(0).toString() + QLatin1Char('_'));
            continue;
        }
        shapes.append({tables->value(0).toString(), {}, {}, withoutRowId.match(sql).hasMatch()});
    }
    const auto isShadow = [&virtualTables](const TableShape& shape) {
        return std::any_of(virtualTables.cbegin(), virtualTables.cend(), [&shape](const QString& prefix) {
            return shape.name.startsWith(prefix);
        });
    };
    shapes.removeIf(isShadow);
    for (TableShape& shape : shapes) {
        if (Status s = fillColumns(db, shape); !s)
            return R::failure(s.errorString());
    }
    return shapes;
}

/** INSERT INTO the journal of one row image, as the body of a trigger ("old" or "new"). */
QString journalInsert(const QString& journal, const TableShape& shape, const QString& kind, const QString& image)
{
    QStringList names{QStringLiteral("tbl"), QStringLiteral("kind"), QStringLiteral("image"), QStringLiteral("rid")};
    QStringList values{quotedText(shape.name),
                       quotedText(kind),
                       quotedText(image),
                       shape.withoutRowId ? QStringLiteral("NULL") : image + QStringLiteral(".rowid")};
    for (qsizetype i = 0; i < shape.columns.size(); ++i) {
        names.append(QStringLiteral("c%1").arg(i));
        values.append(image + QLatin1Char('.') + quotedName(shape.columns.at(i)));
    }
    // Unqualified: SQLite allows no schema names inside trigger bodies; the temp table is found first.
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3);")
        .arg(journal, names.join(QLatin1Char(',')), values.join(QLatin1Char(',')));
}

RowChange::Image imageFrom(const QSqlQuery& row, int columnCount)
{
    RowChange::Image image;
    // seq, tbl, kind, image, rid, c0, c1, ...
    image.rowId = row.value(4);
    for (int i = 0; i < columnCount; ++i)
        image.values.append(row.value(5 + i));
    return image;
}

bool sameValue(const QVariant& a, const QVariant& b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.typeId() == b.typeId() && a == b;
}

/** A row that cannot be found again means the table changed since: better to stop than to guess. */
Status affectedOneRow(const Result<QSqlQuery>& query)
{
    if (!query)
        return Status::failure(query.errorString());
    if (query->numRowsAffected() != 1)
        return Status::failure(
            QCoreApplication::translate("RowChangeJournal", "a row changed by this edit has changed again since"));
    return {};
}

/** "rowid = ?" or the primary key's columns, and the values to bind, finding the row of an image. */
std::pair<QString, QVariantList> rowCondition(const TableShape& shape, const RowChange::Image& image)
{
    if (!shape.withoutRowId)
        return {QStringLiteral("rowid = ?"), {image.rowId}};
    QStringList parts;
    QVariantList values;
    for (int column : shape.primaryKey) {
        parts.append(quotedName(shape.columns.at(column)) + QStringLiteral(" IS ?"));
        values.append(image.values.value(column));
    }
    return {parts.join(QStringLiteral(" AND ")), values};
}

Status reinsert(const QSqlDatabase& db, const TableShape& shape, const RowChange::Image& image)
{
    QStringList names;
    QVariantList values;
    if (!shape.withoutRowId) {
        names.append(QStringLiteral("rowid"));
        values.append(image.rowId);
    }
    for (qsizetype i = 0; i < shape.columns.size(); ++i) {
        names.append(quotedName(shape.columns.at(i)));
        values.append(image.values.value(i));
    }
    const QString marks = QStringList(values.size(), QStringLiteral("?")).join(QLatin1Char(','));
    auto query = runQuery(db,
                          QStringLiteral("INSERT INTO main.%1 (%2) VALUES (%3)")
                              .arg(quotedName(shape.name), names.join(QLatin1Char(',')), marks),
                          values);
    return query ? Status() : Status::failure(query.errorString());
}

// Only the columns that changed are written back, so update triggers watching other columns (the
// full-text index of artefacts) do not fire.
Status restoreUpdated(const QSqlDatabase& db, const TableShape& shape, const RowChange& change)
{
    QStringList assignments;
    QVariantList values;
    for (qsizetype i = 0; i < shape.columns.size(); ++i) {
        if (sameValue(change.before.values.value(i), change.after.values.value(i)))
            continue;
        assignments.append(quotedName(shape.columns.at(i)) + QStringLiteral(" = ?"));
        values.append(change.before.values.value(i));
    }
    if (!shape.withoutRowId && !sameValue(change.before.rowId, change.after.rowId)) {
        assignments.append(QStringLiteral("rowid = ?"));
        values.append(change.before.rowId);
    }
    if (assignments.isEmpty())
        return {};
    const auto [condition, keyValues] = rowCondition(shape, change.after);
    auto query = runQuery(db,
                          QStringLiteral("UPDATE main.%1 SET %2 WHERE %3")
                              .arg(quotedName(shape.name), assignments.join(QLatin1Char(',')), condition),
                          values + keyValues);
    return affectedOneRow(query);
}

Status removeInserted(const QSqlDatabase& db, const TableShape& shape, const RowChange::Image& image)
{
    const auto [condition, keyValues] = rowCondition(shape, image);
    auto query =
        runQuery(db, QStringLiteral("DELETE FROM main.%1 WHERE %2").arg(quotedName(shape.name), condition), keyValues);
    return affectedOneRow(query);
}

} // namespace

RowChangeJournal::RowChangeJournal(QSqlDatabase db)
    : m_db(std::move(db))
{
}

RowChangeJournal::~RowChangeJournal()
{
    if (m_recording)
        dropTriggers();
}

Status RowChangeJournal::start()
{
    auto shapes = tableShapes(m_db);
    if (!shapes)
        return Status::failure(shapes.errorString());
    qsizetype widest = 0;
    for (const TableShape& shape : std::as_const(*shapes))
        widest = std::max(widest, shape.columns.size());
    // Untyped columns: no affinity, so every value comes back exactly as it was stored.
    QStringList columns{QStringLiteral("seq INTEGER PRIMARY KEY"),
                        QStringLiteral("tbl"),
                        QStringLiteral("kind"),
                        QStringLiteral("image"),
                        QStringLiteral("rid")};
    for (qsizetype i = 0; i < widest; ++i)
        columns.append(QStringLiteral("c%1").arg(i));
    m_table = QStringLiteral("row_change_journal_%1").arg(++journalsStarted);
    if (auto created =
            runQuery(m_db, QStringLiteral("CREATE TEMP TABLE %1 (%2)").arg(m_table, columns.join(QLatin1Char(','))));
        !created)
        return Status::failure(created.errorString());
    m_recording = true;
    for (qsizetype t = 0; t < shapes->size(); ++t) {
        const TableShape& shape = shapes->at(t);
        const QString on = QStringLiteral("ON main.%1 BEGIN ").arg(quotedName(shape.name));
        const QList<std::pair<QString, QString>> triggers{
            {QStringLiteral("AFTER INSERT ") + on,
             journalInsert(m_table, shape, QStringLiteral("i"), QStringLiteral("new"))},
            {QStringLiteral("AFTER UPDATE ") + on,
             journalInsert(m_table, shape, QStringLiteral("u"), QStringLiteral("old"))
                 + journalInsert(m_table, shape, QStringLiteral("u"), QStringLiteral("new"))},
            {QStringLiteral("AFTER DELETE ") + on,
             journalInsert(m_table, shape, QStringLiteral("d"), QStringLiteral("old"))},
        };
        for (const auto& [head, body] : triggers) {
            const QString name = QStringLiteral("%1_%2").arg(m_table).arg(m_triggers.size());
            auto created = runQuery(m_db, QStringLiteral("CREATE TEMP TRIGGER %1 %2%3 END").arg(name, head, body));
            if (!created)
                return Status::failure(created.errorString());
            m_triggers.append(name);
        }
    }
    return {};
}

Result<QList<RowChange>> RowChangeJournal::finish()
{
    using R = Result<QList<RowChange>>;
    auto shapes = tableShapes(m_db);
    if (!shapes)
        return R::failure(shapes.errorString());
    QHash<QString, int> widthOf;
    for (const TableShape& shape : std::as_const(*shapes))
        widthOf.insert(shape.name, int(shape.columns.size()));
    QList<RowChange> changes;
    {
        auto rows = runQuery(m_db, QStringLiteral("SELECT * FROM temp.%1 ORDER BY seq").arg(m_table));
        if (!rows)
            return R::failure(rows.errorString());
        while (rows->next()) {
            const QString table = rows->value(1).toString();
            const QString kind = rows->value(2).toString();
            const RowChange::Image image = imageFrom(*rows, widthOf.value(table));
            if (kind == QStringLiteral("i")) {
                changes.append({table, RowChange::Kind::Inserted, {}, image});
            } else if (kind == QStringLiteral("d")) {
                changes.append({table, RowChange::Kind::Deleted, image, {}});
            } else if (rows->value(3).toString() == QStringLiteral("old")) {
                changes.append({table, RowChange::Kind::Updated, image, {}});
            } else {
                changes.last().after = image; // the update trigger writes old, then new
            }
        }
    }
    dropTriggers();
    return changes;
}

void RowChangeJournal::dropTriggers()
{
    for (const QString& name : std::as_const(m_triggers))
        runQuery(m_db, QStringLiteral("DROP TRIGGER IF EXISTS temp.%1").arg(name));
    m_triggers.clear();
    if (!m_table.isEmpty())
        runQuery(m_db, QStringLiteral("DROP TABLE IF EXISTS temp.") + m_table);
    m_recording = false;
}

Status RowChangeJournal::revert(const QSqlDatabase& db, const QList<RowChange>& changes)
{
    auto shapes = tableShapes(db);
    if (!shapes)
        return Status::failure(shapes.errorString());
    QHash<QString, TableShape> shapeOf;
    for (const TableShape& shape : std::as_const(*shapes))
        shapeOf.insert(shape.name, shape);
    for (auto change = changes.crbegin(); change != changes.crend(); ++change) {
        const auto shape = shapeOf.constFind(change->table);
        const RowChange::Image& image = change->kind == RowChange::Kind::Inserted ? change->after : change->before;
        if (shape == shapeOf.cend() || shape->columns.size() != image.values.size()) {
            return Status::failure(
                QCoreApplication::translate("RowChangeJournal",
                                            "The table %1 has changed since this edit; it cannot be undone.")
                    .arg(change->table));
        }
        Status s;
        switch (change->kind) {
        case RowChange::Kind::Inserted:
            s = removeInserted(db, *shape, change->after);
            break;
        case RowChange::Kind::Updated:
            s = restoreUpdated(db, *shape, *change);
            break;
        case RowChange::Kind::Deleted:
            s = reinsert(db, *shape, change->before);
            break;
        }
        if (!s)
            return Status::failure(QCoreApplication::translate("RowChangeJournal", "Could not restore %1: %2")
                                       .arg(change->table, s.errorString()));
    }
    return {};
}

} // namespace steward
