// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableCsvExport.h"

#include "import/CsvWriter.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QSaveFile>
#include <QTableView>
#include <QTreeView>

namespace steward {

namespace {

const QHeaderView* headerOf(const QAbstractItemView& view)
{
    if (const auto* table = qobject_cast<const QTableView*>(&view))
        return table->horizontalHeader();
    if (const auto* tree = qobject_cast<const QTreeView*>(&view))
        return tree->header();
    return nullptr;
}

/** The logical indexes of the visible columns, left to right as on screen. */
QList<int> visibleColumns(const QAbstractItemView& view)
{
    const QHeaderView* header = headerOf(view);
    QList<int> columns;
    for (int visual = 0; header && visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

/** Every row without children under parent, depth first (a table's rows are all such rows). */
void addLeafRows(const QAbstractItemModel& model,
                 const QModelIndex& parent,
                 const QList<int>& columns,
                 CsvWriter& writer)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex first = model.index(row, 0, parent);
        if (model.rowCount(first) > 0) {
            addLeafRows(model, first, columns, writer);
            continue;
        }
        QStringList fields;
        for (int column : columns)
            fields.append(model.index(row, column, parent).data(Qt::DisplayRole).toString());
        writer.addRow(fields);
    }
}

} // namespace

QByteArray TableCsvExport::csv(const QAbstractItemView& view)
{
    const QAbstractItemModel* model = view.model();
    CsvWriter writer(CsvWriter::Cells::FormulaSafe);
    if (!model)
        return writer.data();
    const QList<int> columns = visibleColumns(view);
    QStringList fields;
    for (int column : columns)
        fields.append(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    writer.addRow(fields);
    addLeafRows(*model, QModelIndex(), columns, writer);
    return writer.data();
}

Status TableCsvExport::write(const QAbstractItemView& view, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv(view)) < 0 || !file.commit())
        return Status::failure(
            QCoreApplication::translate("TableCsvExport", "Could not write '%1': %2").arg(path, file.errorString()));
    return {};
}

void TableCsvExport::install(QAbstractItemView* view, const QString& baseName)
{
    auto* action = new QAction(QCoreApplication::translate("TableCsvExport", "Export as CSV…"), view);
    action->setObjectName(QStringLiteral("exportCsvAction"));
    action->setShortcut(QKeySequence(QCoreApplication::translate("TableCsvExport", "Ctrl+Shift+E")));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setStatusTip(
        QCoreApplication::translate("TableCsvExport", "Save the rows shown as a CSV file for a spreadsheet"));
    QObject::connect(action, &QAction::triggered, view, [view, baseName] {
        const QString path =
            QFileDialog::getSaveFileName(view->window(),
                                         QCoreApplication::translate("TableCsvExport", "Export as CSV"),
                                         QDir::home().filePath(baseName + QStringLiteral(".csv")),
                                         QCoreApplication::translate("TableCsvExport", "CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (Status written = write(*view, path); !written)
            QMessageBox::warning(
                view->window(), QCoreApplication::translate("TableCsvExport", "Export as CSV"), written.errorString());
    });
    view->addAction(action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace steward
