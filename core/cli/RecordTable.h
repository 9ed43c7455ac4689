// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QList>
#include <QStringList>
#include <QVariant>

class QCommandLineParser;
class QTextStream;

namespace steward {

/**
 * Rows of named columns that the CLI writes as JSON (array of objects, snake_case keys, empty
 * values as null), as CSV (header row, RFC 4180) or as an aligned text table for people.
 */
class RecordTable
{
public:
    enum class Format
    {
        Text,
        Json,
        Csv,
    };

    explicit RecordTable(QStringList columns);
    void addRow(QVariantList values);

    QByteArray toJson() const;
    QByteArray toCsv() const;
    QString toText() const;

    /** Adds --format and --output to a command's parser. */
    static void addOutputOptions(QCommandLineParser& parser);
    /** The --format value, or a failure naming the bad value. */
    static Result<Format> formatFrom(const QCommandLineParser& parser);
    /** Writes in the chosen format to --output FILE, or to out. */
    Status write(const QCommandLineParser& parser, Format format, QTextStream& out) const;

private:
    QStringList m_columns;
    QList<QVariantList> m_rows;
};

} // namespace steward
