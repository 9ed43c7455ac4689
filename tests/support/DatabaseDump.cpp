// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseDump.h"

#include "storage/SqlQuery.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace steward::test {

QStringList dumpTable(const QSqlDatabase& db, const QString& table)
{
    auto info = runQuery(db, u"SELECT count(*) FROM pragma_table_info(?)"_s, {table});
    const int columns = info && info->next() ? info->value(0).toInt() : 0;
    QStringList order;
    for (int i = 1; i <= columns; ++i)
        order.append(QString::number(i));
    auto rows = runQuery(db, u"SELECT * FROM \"%1\" ORDER BY %2"_s.arg(table, order.join(u',')));
    QStringList lines;
    while (rows && rows->next()) {
        QStringList values;
        for (int i = 0; i < columns; ++i) {
            const QVariant v = rows->value(i);
            values.append(v.isNull() ? u"NULL"_s : u"%1:%2"_s.arg(QString::fromLatin1(v.typeName()), v.toString()));
        }
        lines.append(values.join(u'|'));
    }
    return lines;
}

QMap<QString, QStringList> dumpDatabase(const QSqlDatabase& db)
{
    QMap<QString, QStringList> dump;
    auto tables = runQuery(
        db, u"SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"_s);
    QStringList names;
    while (tables && tables->next())
        names.append(tables->value(0).toString());
    for (const QString& name : std::as_const(names))
        dump.insert(name, dumpTable(db, name));
    return dump;
}

void compareDumps(const QMap<QString, QStringList>& before, const QMap<QString, QStringList>& after)
{
    QCOMPARE(after.keys(), before.keys());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (after.value(it.key()) != it.value()) {
            const QStringList now = after.value(it.key());
            qWarning(
                "table %s differs: %lld rows before, %lld after", qPrintable(it.key()), it.value().size(), now.size());
            for (const QString& line : it.value())
                if (!now.contains(line))
                    qWarning("  only before: %s", qPrintable(line));
            for (const QString& line : now)
                if (!it.value().contains(line))
                    qWarning("  only after:  %s", qPrintable(line));
        }
        QCOMPARE(after.value(it.key()), it.value());
    }
}

} // namespace steward::test
