// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace steward {

/** Writes RFC 4180 CSV: UTF-8, CRLF line ends, fields quoted when they hold a comma, quote or line break. */
class CsvWriter
{
public:
    enum class Cells
    {
        AsIs,
        /**
         * For files people open in a spreadsheet: a cell that a spreadsheet would run as a formula
         * (starting with =, +, -, U+2212, @, tab or carriage return, and not a plain number) is written
         * quoted with a leading apostrophe, so it shows as text (OWASP "CSV injection").
         */
        FormulaSafe,
    };

    explicit CsvWriter(Cells cells = Cells::AsIs)
        : m_cells(cells)
    {
    }
    void addRow(const QStringList& fields);
    /** The cell as FormulaSafe writes it (before CSV quoting). */
    static QString formulaSafe(const QString& cell);
    const QByteArray& data() const { return m_data; }

private:
    Cells m_cells;
    QByteArray m_data;
};

} // namespace steward
