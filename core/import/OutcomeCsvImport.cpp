// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeCsvImport.h"

#include "import/CsvTable.h"
#include "storage/Database.h"
#include "storage/ImportBatchRepository.h"
#include "storage/OutcomeRepository.h"
#include "storage/PersonRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <cmath>

namespace steward {

namespace {

enum Column
{
    PersonColumn,
    MetricColumn,
    ValueColumn,
    DateColumn,
};

QStringList columnNames()
{
    return {QStringLiteral("person"), QStringLiteral("metric"), QStringLiteral("value"), QStringLiteral("date")};
}

/** Why the header cannot be used (a required column missing), or empty. */
QString missingColumns(const CsvTable& table)
{
    if (table.column(PersonColumn) < 0 || table.column(MetricColumn) < 0 || table.column(ValueColumn) < 0)
        return QCoreApplication::translate("OutcomeCsvImport",
                                           "the header needs 'person', 'metric' and 'value' columns");
    return {};
}

/** The stored people by lower-case email and by exact name. */
class PeopleLookup
{
public:
    explicit PeopleLookup(const QList<Person>& people)
    {
        for (const Person& p : people) {
            if (!p.email.isEmpty())
                m_byEmail.insert(p.email.toLower(), p.id);
            m_byName[p.name].append(p.id);
        }
    }
    /** The person's id, or 0 and the reason. */
    qint64 find(const QString& key, QString& error) const
    {
        if (key.contains(QLatin1Char('@')) && m_byEmail.contains(key.toLower()))
            return m_byEmail.value(key.toLower());
        const QList<qint64> named = m_byName.value(key);
        if (named.size() == 1)
            return named.constFirst();
        error =
            named.isEmpty()
                ? QCoreApplication::translate("OutcomeCsvImport", "no person is named or has the email '%1'").arg(key)
                : QCoreApplication::translate("OutcomeCsvImport", "%1 people are named '%2'; use their email")
                      .arg(named.size())
                      .arg(key);
        return 0;
    }

private:
    QHash<QString, qint64> m_byEmail;
    QHash<QString, QList<qint64>> m_byName;
};

/** One row's outcome; returns the reason when a cell is invalid. */
QString readOutcome(const QStringList& cells, const QList<int>& columnOf, const PeopleLookup& people, Outcome& outcome)
{
    auto cell = [&](Column column) {
        const int c = columnOf.at(column);
        return c >= 0 ? cells.at(c).trimmed() : QString();
    };
    QString error;
    const QString who = cell(PersonColumn);
    if (who.isEmpty())
        return QCoreApplication::translate("OutcomeCsvImport", "the person is empty");
    outcome.personId = people.find(who, error);
    if (outcome.personId == 0)
        return error;
    outcome.metric = cell(MetricColumn);
    if (outcome.metric.isEmpty())
        return QCoreApplication::translate("OutcomeCsvImport", "the metric is empty");
    const QString value = cell(ValueColumn).toLower();
    static const QHash<QString, double> words = {{QStringLiteral("yes"), 1},
                                                 {QStringLiteral("true"), 1},
                                                 {QStringLiteral("no"), 0},
                                                 {QStringLiteral("false"), 0}};
    bool ok = words.contains(value);
    outcome.value = ok ? words.value(value) : value.toDouble(&ok);
    if (!ok || !std::isfinite(outcome.value))
        return QCoreApplication::translate("OutcomeCsvImport", "value '%1' is not a number").arg(cell(ValueColumn));
    if (const QString date = cell(DateColumn); !date.isEmpty()) {
        outcome.date = QDate::fromString(date, Qt::ISODate);
        if (!outcome.date.isValid() || date.size() != 10)
            return QCoreApplication::translate("OutcomeCsvImport", "date '%1' is not a date in the form YYYY-MM-DD")
                .arg(date);
    }
    return {};
}

/** Writes the outcomes as one batch in one transaction; returns the batch's id. */
Result<qint64> save(Database& database, const Clock& clock, const QString& fileName, QList<Outcome>& outcomes)
{
    Transaction transaction(database.connection());
    auto batchId = ImportBatchRepository(database).add(
        {0, QStringLiteral("outcomes"), fileName, 0, clock.now(), int(outcomes.size())});
    if (!batchId)
        return batchId;
    for (Outcome& outcome : outcomes)
        outcome.batchId = *batchId;
    if (Status s = OutcomeRepository(database).addAll(outcomes); !s)
        return Result<qint64>::failure(QStringLiteral("%1: %2").arg(fileName, s.errorString()));
    if (Status s = transaction.commit(); !s)
        return Result<qint64>::failure(s.errorString());
    return batchId;
}

} // namespace

OutcomeCsvImport::OutcomeCsvImport(Database& database, const Clock& clock, Progress& progress)
    : m_database(database)
    , m_clock(clock)
    , m_progress(progress)
{
}

Result<OutcomeImportSummary> OutcomeCsvImport::importFile(const QString& path)
{
    auto data = CsvTable::readFile(path);
    if (!data)
        return Result<OutcomeImportSummary>::failure(data.errorString());
    return importData(*data, path);
}

Result<OutcomeImportSummary> OutcomeCsvImport::importData(const QByteArray& data, const QString& fileName)
{
    using R = Result<OutcomeImportSummary>;
    CsvTable table(data, fileName, m_progress);
    if (QString problem = table.readHeader(columnNames()); !problem.isEmpty())
        return R::failure(problem);
    if (QString reason = missingColumns(table); !reason.isEmpty())
        return R::failure(table.at(table.headerLine(), reason));
    OutcomeImportSummary summary;
    summary.ignoredColumns = table.ignoredColumns();
    auto stored = PersonRepository(m_database).all();
    if (!stored)
        return R::failure(stored.errorString());
    const PeopleLookup people(*stored);
    QList<Outcome> outcomes;
    QSet<qint64> persons;
    QSet<QString> metrics;
    const QString problem = table.readRows([&](const CsvRecord& record) {
        Outcome outcome;
        if (QString reason = readOutcome(record.fields, table.columns(), people, outcome); !reason.isEmpty())
            return reason;
        persons.insert(outcome.personId);
        metrics.insert(outcome.metric);
        outcomes.append(outcome);
        return QString();
    });
    if (!problem.isEmpty())
        return R::failure(problem);
    if (outcomes.isEmpty())
        return R::failure(
            table.at(table.headerLine(), QCoreApplication::translate("OutcomeCsvImport", "the file has no outcomes")));
    summary.rows = int(outcomes.size());
    summary.people = int(persons.size());
    summary.metrics = QStringList(metrics.cbegin(), metrics.cend());
    summary.metrics.sort();

    auto batchId = save(m_database, m_clock, fileName, outcomes);
    if (!batchId)
        return R::failure(batchId.errorString());
    summary.batchId = *batchId;
    return summary;
}

} // namespace steward
