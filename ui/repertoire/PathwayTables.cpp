// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathwayTables.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace steward::pathwaytables {

QTableWidget* table(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setVisible(false);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    return t;
}

void appendRow(QTableWidget* t, const QStringList& cells, qint64 id)
{
    const int row = t->rowCount();
    t->insertRow(row);
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        item->setData(Qt::UserRole, id);
        t->setItem(row, c, item);
    }
}

QString days(const std::optional<double>& value)
{
    return value ? QLocale().toString(*value, 'f', 0) : QStringLiteral("–");
}

QGroupBox* box(QWidget* parent, const QString& title, QWidget* content)
{
    auto* group = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(content);
    return group;
}

} // namespace steward::pathwaytables
