// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordTable.h"

#include "import/CsvWriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

namespace steward {

namespace {

QJsonValue jsonValue(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return value.toLongLong();
    const QString text = value.toString();
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

RecordTable::RecordTable(QStringList columns)
    : m_columns(std::move(columns))
{
}

void RecordTable::addRow(QVariantList values)
{
    m_rows.append(std::move(values));
}

QByteArray RecordTable::toJson() const
{
    QJsonArray array;
    for (const QVariantList& row : m_rows) {
        QJsonObject object;
        for (qsizetype c = 0; c < m_columns.size(); ++c)
            object.insert(m_columns.at(c), jsonValue(row.value(c)));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray RecordTable::toCsv() const
{
    CsvWriter writer;
    writer.addRow(m_columns);
    for (const QVariantList& row : m_rows) {
        QStringList cells;
        for (qsizetype c = 0; c < m_columns.size(); ++c)
            cells.append(row.value(c).toString());
        writer.addRow(cells);
    }
    return writer.data();
}

QString RecordTable::toText() const
{
    QList<qsizetype> widths;
    for (const QString& column : m_columns)
        widths.append(column.size());
    for (const QVariantList& row : m_rows) {
        for (qsizetype c = 0; c < m_columns.size(); ++c)
            widths[c] = std::min<qsizetype>(40, std::max(widths.at(c), row.value(c).toString().size()));
    }
    auto line = [&widths](const QStringList& cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QString cell =
                cells.at(c).size() > widths.at(c) ? cells.at(c).left(widths.at(c) - 1) + QChar(0x2026) : cells.at(c);
            text += c + 1 < cells.size() ? cell.leftJustified(widths.at(c) + 2) : cell;
        }
        return text + QLatin1Char('\n');
    };
    QString text = line(m_columns);
    for (const QVariantList& row : m_rows) {
        QStringList cells;
        for (qsizetype c = 0; c < m_columns.size(); ++c)
            cells.append(row.value(c).toString());
        text += line(cells);
    }
    return text;
}

void RecordTable::addOutputOptions(QCommandLineParser& parser)
{
    parser.addOption(
        {QStringLiteral("format"),
         QCoreApplication::translate("RecordTable", "Output format: json or csv (default: a readable table)."),
         QStringLiteral("json|csv")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QCoreApplication::translate("RecordTable", "Write to FILE instead of standard output."),
                      QStringLiteral("FILE")});
}

Result<RecordTable::Format> RecordTable::formatFrom(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("format")))
        return Format::Text;
    const QString value = parser.value(QStringLiteral("format")).toLower();
    if (value == QLatin1String("json"))
        return Format::Json;
    if (value == QLatin1String("csv"))
        return Format::Csv;
    return Result<Format>::failure(
        QCoreApplication::translate("RecordTable", "unknown format '%1': use json or csv").arg(value));
}

Status RecordTable::write(const QCommandLineParser& parser, Format format, QTextStream& out) const
{
    const QByteArray bytes = format == Format::Json ? toJson() : format == Format::Csv ? toCsv() : toText().toUtf8();
    const QString path = parser.value(QStringLiteral("output"));
    if (path.isEmpty()) {
        out << QString::fromUtf8(bytes);
        out.flush();
        return {};
    }
    // QSaveFile: a half-written output file never replaces a good one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(
            QCoreApplication::translate("RecordTable", "cannot write '%1': %2").arg(path, file.errorString()));
    return {};
}

} // namespace steward
