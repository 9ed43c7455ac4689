// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace steward {

CsvReader::CsvReader(QByteArray data)
    : m_data(std::move(data))
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool CsvReader::fail(qsizetype line, QString message)
{
    m_errorLine = line;
    m_error = std::move(message);
    return false;
}

bool CsvReader::decodeField(const QByteArray& raw, qsizetype line, QStringList& fields)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(raw);
    if (decoder.hasError())
        return fail(line,
                    QCoreApplication::translate("CsvReader", "the text is not valid UTF-8 (save the file as UTF-8)"));
    fields.append(std::move(text));
    return true;
}

// Reads a quoted field whose opening quote was consumed; "" is an escaped quote.
bool CsvReader::readQuoted(QByteArray& field, qsizetype startLine)
{
    const qsizetype n = m_data.size();
    while (m_pos < n) {
        const char c = m_data.at(m_pos++);
        if (c == '"') {
            if (m_pos < n && m_data.at(m_pos) == '"') {
                field.append('"');
                ++m_pos;
                continue;
            }
            return true;
        }
        if (c == '\n')
            ++m_line;
        field.append(c);
    }
    return fail(startLine, QCoreApplication::translate("CsvReader", "a quoted field is never closed"));
}

bool CsvReader::readRecord(CsvRecord& record)
{
    if (hasError())
        return false;
    const qsizetype n = m_data.size();
    // Blank lines between records carry no data.
    while (m_pos < n && (m_data.at(m_pos) == '\n' || m_data.at(m_pos) == '\r')) {
        if (m_data.at(m_pos) == '\n')
            ++m_line;
        ++m_pos;
    }
    if (m_pos >= n)
        return false;

    record.line = m_line;
    record.fields.clear();
    QByteArray field;
    while (true) {
        field.clear();
        if (m_pos < n && m_data.at(m_pos) == '"') {
            ++m_pos;
            if (!readQuoted(field, record.line))
                return false;
            if (m_pos < n && m_data.at(m_pos) != ',' && m_data.at(m_pos) != '\r' && m_data.at(m_pos) != '\n')
                return fail(m_line, QCoreApplication::translate("CsvReader", "unexpected text after a closing quote"));
        } else {
            while (m_pos < n) {
                const char c = m_data.at(m_pos);
                if (c == ',' || c == '\r' || c == '\n')
                    break;
                if (c == '"')
                    return fail(m_line,
                                QCoreApplication::translate(
                                    "CsvReader", "a quote inside an unquoted field (quote the whole field)"));
                field.append(c);
                ++m_pos;
            }
        }
        if (!decodeField(field, m_line, record.fields))
            return false;
        if (m_pos >= n)
            return true;
        const char separator = m_data.at(m_pos++);
        if (separator == ',')
            continue;
        if (separator == '\r' && m_pos < n && m_data.at(m_pos) == '\n')
            ++m_pos;
        ++m_line;
        return true;
    }
}

} // namespace steward
