// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

namespace steward {

void CsvWriter::addRow(const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_data.append(',');
        QByteArray value = fields.at(i).toUtf8();
        const bool needsQuotes =
            value.contains(',') || value.contains('"') || value.contains('\n') || value.contains('\r');
        if (needsQuotes) {
            value.replace("\"", "\"\"");
            m_data.append('"').append(value).append('"');
        } else {
            m_data.append(value);
        }
    }
    m_data.append("\r\n");
}

} // namespace steward
