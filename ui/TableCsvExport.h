// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

class QAbstractItemView;

namespace steward {

/**
 * "Export as CSV…" for any table or tree view: the rows as the view shows them (its sorting and
 * filter; for a tree, the rows without children, depth first), the visible columns in their on-screen
 * order with their header titles, and every cell that a spreadsheet would run as a formula defused
 * (CsvWriter::Cells::FormulaSafe).
 */
class TableCsvExport
{
public:
    /** Adds the view's context-menu action (also Ctrl+Shift+E) asking where to save; baseName names the file. */
    static void install(QAbstractItemView* view, const QString& baseName);
    /** The view's rows as CSV. */
    static QByteArray csv(const QAbstractItemView& view);
    /** Writes csv(view) to path, replacing it only when complete. */
    static Status write(const QAbstractItemView& view, const QString& path);
};

} // namespace steward
