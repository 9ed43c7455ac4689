// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "import/CsvReader.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace steward {

class Progress;

/**
 * The shape every CSV import reads: a header row naming the columns, then rows of the same width, with progress
 * and Cancel. Columns are found by name (case and surrounding spaces ignored); columns nobody knows are listed,
 * not refused. Every problem comes back as "file:line: reason", so the user can go straight to it.
 */
class CsvTable
{
public:
    CsvTable(const QByteArray& data, QString fileName, Progress& progress);

    /** The bytes of the file at `path`, or "path: cannot read the file: why". */
    static Result<QByteArray> readFile(const QString& path);

    /**
     * Reads the header and finds `known` in it; returns the problem (an empty file, a malformed start, a known
     * column named twice), empty when the header is usable.
     */
    QString readHeader(const QStringList& known);
    /** The file's column of known name `index`, or -1 when the file has no such column. */
    int column(qsizetype index) const { return m_columnOf.at(index); }
    const QList<int>& columns() const { return m_columnOf; }
    QStringList ignoredColumns() const { return m_ignored; }
    qsizetype headerLine() const { return m_header.line; }

    /**
     * Hands every row to `readRow` (which returns the reason to stop, empty to go on) after checking its width;
     * reports progress and honours Cancel every `progressEvery` rows. Returns the first problem, or empty.
     */
    QString readRows(const std::function<QString(const CsvRecord&)>& readRow, int progressEvery = 2000);

    /** "file:line: reason". */
    QString at(qsizetype line, const QString& reason) const;

private:
    CsvReader m_reader;
    QString m_fileName;
    Progress& m_progress;
    CsvRecord m_header;
    QList<int> m_columnOf;
    QStringList m_ignored;
};

} // namespace steward
