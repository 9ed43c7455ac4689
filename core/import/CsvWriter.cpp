// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

namespace steward {

void CsvWriter::addRow(const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_data.append(',');
        const QString cell = m_cells == Cells::FormulaSafe ? formulaSafe(fields.at(i)) : fields.at(i);
        QByteArray value = cell.toUtf8();
        const bool needsQuotes = value.contains(',') || value.contains('"') || value.contains('\n')
                                 || value.contains('\r') || cell != fields.at(i);
        if (needsQuotes) {
            value.replace("\"", "\"\"");
            m_data.append('"').append(value).append('"');
        } else {
            m_data.append(value);
        }
    }
    m_data.append("\r\n");
}

QString CsvWriter::formulaSafe(const QString& cell)
{
    static const QString triggers = QStringLiteral("=+-@\t\r") + QChar(0x2212);
    if (cell.isEmpty() || !triggers.contains(cell.at(0)))
        return cell;
    bool number = false;
    cell.toDouble(&number); // "-3.5" or "+1e3" stays a number a spreadsheet can sum
    return number ? cell : QLatin1Char('\'') + cell;
}

} // namespace steward
