// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace steward {

/** Writes RFC 4180 CSV: UTF-8, CRLF line ends, fields quoted when they hold a comma, quote or line break. */
class CsvWriter
{
public:
    void addRow(const QStringList& fields);
    const QByteArray& data() const { return m_data; }

private:
    QByteArray m_data;
};

} // namespace steward
