// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace steward {

/** One CSV record and the 1-based line of the file it starts on. */
struct CsvRecord
{
    qsizetype line = 0;
    QStringList fields;
};

/**
 * An RFC 4180 reader over UTF-8 bytes (a BOM is skipped; CRLF or LF; quoted fields may hold commas,
 * quotes and line breaks). Blank lines are skipped. Errors name the line and stop the reading.
 */
class CsvReader
{
public:
    explicit CsvReader(QByteArray data);

    /** Reads the next record; false at the end or on an error (then hasError() is true). */
    bool readRecord(CsvRecord& record);
    bool hasError() const { return !m_error.isEmpty(); }
    qsizetype errorLine() const { return m_errorLine; }
    QString errorString() const { return m_error; }
    /** How far the reader is, for progress: bytes consumed and the total. */
    qsizetype position() const { return m_pos; }
    qsizetype size() const { return m_data.size(); }

private:
    bool fail(qsizetype line, QString message);
    bool decodeField(const QByteArray& raw, qsizetype line, QStringList& fields);
    bool readQuoted(QByteArray& field, qsizetype startLine);

    QByteArray m_data;
    qsizetype m_pos = 0;
    qsizetype m_line = 1;
    qsizetype m_errorLine = 0;
    QString m_error;
};

} // namespace steward
