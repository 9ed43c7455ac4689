// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemView;
class QHeaderView;

namespace steward {

/**
 * Sizes columns to their header and the first rows only. resizeColumnsToContents() measures every
 * row, which takes seconds on 100,000 people; the first rows are a good enough sample.
 */
class ColumnWidths
{
public:
    static void fitToSample(QAbstractItemView* view, QHeaderView* header, int sampleRows = 200, int maxCharacters = 36);
};

} // namespace steward
