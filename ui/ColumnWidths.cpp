// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnWidths.h"

#include <QAbstractItemView>
#include <QDate>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLocale>

#include <algorithm>

namespace steward {

void ColumnWidths::fitToSample(QAbstractItemView* view, QHeaderView* header, int sampleRows, int maxCharacters)
{
    const QAbstractItemModel* model = view->model();
    if (!model)
        return;
    const QFontMetrics metrics(view->font());
    const int padding = 2 * metrics.averageCharWidth() + 8; // cell margins and a little air
    const int maxWidth = maxCharacters * metrics.averageCharWidth();
    const int rows = std::min(model->rowCount(), sampleRows);
    const int last = header->stretchLastSection() ? model->columnCount() - 1 : model->columnCount();
    for (int column = 0; column < last; ++column) {
        int width = header->sectionSizeHint(column);
        for (int row = 0; row < rows; ++row) {
            const QVariant value = model->index(row, column).data();
            // Dates are drawn in the locale's short format (as QStyledItemDelegate does).
            const QString text = value.metaType().id() == QMetaType::QDate
                                     ? QLocale().toString(value.toDate(), QLocale::ShortFormat)
                                     : value.toString();
            width = std::max(width, metrics.horizontalAdvance(text) + padding);
        }
        header->resizeSection(column, std::min(width, maxWidth));
    }
}

} // namespace steward
