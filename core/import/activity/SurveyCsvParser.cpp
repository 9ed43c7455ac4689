// SPDX-License-Identifier: GPL-3.0-or-later
#include "SurveyCsvParser.h"

#include "import/CsvReader.h"
#include "import/activity/ActivitySink.h"
#include "import/activity/PersonMatcher.h"

#include <QCoreApplication>
#include <QDate>

#include <cmath>

namespace steward {

namespace {

enum Column
{
    Respondent,
    Question,
    Named,
    Strength,
    Date,
    ColumnCount,
};

QString readHeader(const QStringList& header, QList<int>& columnOf)
{
    const QStringList names = {QStringLiteral("respondent"),
                               QStringLiteral("question"),
                               QStringLiteral("named"),
                               QStringLiteral("strength"),
                               QStringLiteral("date")};
    columnOf = QList<int>(ColumnCount, -1);
    for (qsizetype c = 0; c < header.size(); ++c) {
        const qsizetype column = names.indexOf(header.at(c).trimmed().toLower());
        if (column < 0)
            continue;
        if (columnOf.at(column) >= 0)
            return QCoreApplication::translate("SurveyCsvParser", "the column '%1' appears twice")
                .arg(names.at(column));
        columnOf[column] = int(c);
    }
    if (columnOf.at(Respondent) < 0 || columnOf.at(Question) < 0 || columnOf.at(Named) < 0)
        return QCoreApplication::translate("SurveyCsvParser", "the header needs 'respondent', 'question' and 'named'");
    return {};
}

} // namespace

SurveyCsvParser::SurveyCsvParser(ActivitySink& sink)
    : m_sink(sink)
{
}

QString SurveyCsvParser::declare(ActivitySink& sink, const QString& cell)
{
    const QString text = cell.trimmed();
    const bool email = text.contains(QLatin1Char('@'));
    const QString key = email ? text.toCaseFolded() : PersonMatcher::nameKey(text);
    if (!key.isEmpty() && !sink.knows(key))
        sink.account({key, {}, {text}, email ? text : QString(), false, false});
    return key;
}

Status SurveyCsvParser::parse(const QByteArray& data, const QString& fileName)
{
    auto fail = [&fileName](qsizetype line, const QString& reason) {
        return Status::failure(QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(reason));
    };
    CsvReader reader(data);
    CsvRecord header;
    if (!reader.readRecord(header))
        return fail(reader.hasError() ? reader.errorLine() : 1,
                    reader.hasError() ? reader.errorString()
                                      : QCoreApplication::translate("SurveyCsvParser", "the file is empty"));
    QList<int> columnOf;
    if (QString reason = readHeader(header.fields, columnOf); !reason.isEmpty())
        return fail(header.line, reason);
    CsvRecord record;
    while (reader.readRecord(record)) {
        if (record.fields.size() != header.fields.size())
            return fail(record.line,
                        QCoreApplication::translate("SurveyCsvParser", "the row has %1 fields but the header has %2")
                            .arg(record.fields.size())
                            .arg(header.fields.size()));
        auto cell = [&](Column c) {
            return columnOf.at(c) < 0 ? QString() : record.fields.at(columnOf.at(c)).trimmed();
        };
        double weight = 1;
        if (!cell(Strength).isEmpty()) {
            bool ok = false;
            weight = cell(Strength).toDouble(&ok);
            if (!ok || !std::isfinite(weight) || weight <= 0)
                return fail(record.line,
                            QCoreApplication::translate("SurveyCsvParser", "strength '%1' is not a positive number")
                                .arg(cell(Strength)));
        }
        const QDate day = QDate::fromString(cell(Date), Qt::ISODate);
        if (!cell(Date).isEmpty() && (!day.isValid() || cell(Date).size() != 10))
            return fail(record.line,
                        QCoreApplication::translate("SurveyCsvParser", "date '%1' is not YYYY-MM-DD").arg(cell(Date)));
        if (cell(Respondent).isEmpty() || cell(Named).isEmpty() || cell(Question).isEmpty()) {
            m_sink.skipMessage(QStringLiteral("empty_answer"));
            continue;
        }
        if (!m_sink.wantsChannel(cell(Question)))
            continue;
        const QString respondent = declare(m_sink, cell(Respondent));
        const QString named = declare(m_sink, cell(Named));
        if (m_sink.authoredBy(respondent))
            m_sink.interaction({QStringLiteral("survey"),
                                respondent,
                                named,
                                day.isValid() ? cell(Date) : QString(),
                                cell(Question),
                                weight});
    }
    if (reader.hasError())
        return fail(reader.errorLine(), reader.errorString());
    return {};
}

} // namespace steward
