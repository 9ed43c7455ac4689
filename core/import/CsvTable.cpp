// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvTable.h"

#include "common/Progress.h"

#include <QCoreApplication>
#include <QFile>

namespace steward {

CsvTable::CsvTable(const QByteArray& data, QString fileName, Progress& progress)
    : m_reader(data)
    , m_fileName(std::move(fileName))
    , m_progress(progress)
{
}

Result<QByteArray> CsvTable::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            QCoreApplication::translate("CsvTable", "%1: cannot read the file: %2").arg(path, file.errorString()));
    return file.readAll();
}

QString CsvTable::readHeader(const QStringList& known)
{
    if (!m_reader.readRecord(m_header))
        return m_reader.hasError() ? at(m_reader.errorLine(), m_reader.errorString())
                                   : at(1, QCoreApplication::translate("CsvTable", "the file is empty"));
    m_columnOf = QList<int>(known.size(), -1);
    for (qsizetype c = 0; c < m_header.fields.size(); ++c) {
        const QString name = m_header.fields.at(c).trimmed();
        const qsizetype index = known.indexOf(name.toLower());
        if (index < 0) {
            m_ignored.append(name);
            continue;
        }
        if (m_columnOf.at(index) >= 0)
            return at(m_header.line,
                      QCoreApplication::translate("CsvTable", "the column '%1' appears twice").arg(name));
        m_columnOf[index] = int(c);
    }
    return {};
}

QString CsvTable::readRows(const std::function<QString(const CsvRecord&)>& readRow, int progressEvery)
{
    CsvRecord record;
    qsizetype rows = 0;
    while (m_reader.readRecord(record)) {
        if (record.fields.size() != m_header.fields.size())
            return at(record.line,
                      QCoreApplication::translate("CsvTable", "the row has %1 fields but the header has %2")
                          .arg(record.fields.size())
                          .arg(m_header.fields.size()));
        if (QString reason = readRow(record); !reason.isEmpty())
            return at(record.line, reason);
        if (++rows % progressEvery != 0)
            continue;
        m_progress.report(m_reader.position(), m_reader.size(), QCoreApplication::translate("CsvTable", "Reading"));
        if (m_progress.isCanceled())
            return QCoreApplication::translate("CsvTable", "The import was cancelled; nothing was changed.");
    }
    return m_reader.hasError() ? at(m_reader.errorLine(), m_reader.errorString()) : QString();
}

QString CsvTable::at(qsizetype line, const QString& reason) const
{
    return QStringLiteral("%1:%2: %3").arg(m_fileName).arg(line).arg(reason);
}

} // namespace steward
