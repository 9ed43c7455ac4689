// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleCsvImport.h"

#include "import/CsvTable.h"
#include "model/Person.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>

namespace steward {

namespace {

/** Matching state over the stored people plus the rows read so far. */
class PeopleMatcher
{
public:
    explicit PeopleMatcher(QList<Person> people)
        : m_people(std::move(people))
    {
        m_touchedOnLine.resize(m_people.size(), 0);
        for (qsizetype i = 0; i < m_people.size(); ++i) {
            if (!m_people.at(i).email.isEmpty())
                m_byEmail.insert(m_people.at(i).email.toLower(), i);
            m_byName[m_people.at(i).name].append(i);
        }
    }

    /** Applies one row; returns an empty string or the reason the row is bad. */
    QString apply(const Person& row, const QList<int>& presentFields, qsizetype line);
    QList<Person> changedPeople(int& added, int& updated) const;

private:
    qsizetype match(const Person& row, QString& error) const;
    QList<Person> m_people;
    QList<qsizetype> m_touchedOnLine; // 0 = not in the file
    QHash<QString, qsizetype> m_byEmail;
    QHash<QString, QList<qsizetype>> m_byName;
    QHash<qsizetype, Person> m_stored; // stored values of matched people, to skip rows that change nothing
};

qsizetype PeopleMatcher::match(const Person& row, QString& error) const
{
    if (!row.email.isEmpty()) {
        if (auto it = m_byEmail.constFind(row.email.toLower()); it != m_byEmail.constEnd())
            return *it;
    }
    const QList<qsizetype> named = m_byName.value(row.name);
    if (named.size() > 1)
        error = QCoreApplication::translate("PeopleCsvImport",
                                            "%1 people are named '%2'; add their email to tell them apart")
                    .arg(named.size())
                    .arg(row.name);
    return named.size() == 1 ? named.constFirst() : -1;
}

// Each field index in presentFields refers to PersonRepository::fieldNames().
QString PeopleMatcher::apply(const Person& row, const QList<int>& presentFields, qsizetype line)
{
    QString error;
    qsizetype index = match(row, error);
    if (!error.isEmpty())
        return error;
    if (index >= 0 && m_touchedOnLine.at(index) > 0)
        return QCoreApplication::translate("PeopleCsvImport", "'%1' is also on line %2")
            .arg(row.email.isEmpty() ? row.name : row.email)
            .arg(m_touchedOnLine.at(index));
    if (index < 0) {
        index = m_people.size();
        m_people.append(Person{});
        m_touchedOnLine.append(0);
        m_byName[row.name].append(index);
    }
    Person& target = m_people[index];
    if (target.id != 0 && !m_stored.contains(index))
        m_stored.insert(index, target);
    const QString oldEmail = target.email.toLower();
    QString* targetFields[] = {&target.name,
                               &target.email,
                               &target.team,
                               &target.department,
                               &target.title,
                               &target.location,
                               nullptr,
                               &target.slackId,
                               &target.discordId,
                               &target.githubLogin,
                               &target.teamsId};
    const QString rowFields[] = {row.name,
                                 row.email,
                                 row.team,
                                 row.department,
                                 row.title,
                                 row.location,
                                 QString(),
                                 row.slackId,
                                 row.discordId,
                                 row.githubLogin,
                                 row.teamsId};
    for (int field : presentFields) {
        if (targetFields[field] && !rowFields[field].isEmpty())
            *targetFields[field] = rowFields[field];
    }
    if (row.startDate.isValid())
        target.startDate = row.startDate;
    if (!target.email.isEmpty() && target.email.toLower() != oldEmail) {
        m_byEmail.remove(oldEmail);
        m_byEmail.insert(target.email.toLower(), index);
    }
    m_touchedOnLine[index] = line;
    return {};
}

QList<Person> PeopleMatcher::changedPeople(int& added, int& updated) const
{
    QList<Person> changed;
    for (qsizetype i = 0; i < m_people.size(); ++i) {
        if (m_touchedOnLine.at(i) == 0 || m_stored.value(i) == m_people.at(i))
            continue;
        (m_people.at(i).id == 0 ? added : updated) += 1;
        changed.append(m_people.at(i));
    }
    return changed;
}

/** Reads one row's cells (the file's column of each person field in columnOf) into a Person; returns the reason
 * when a cell is invalid. */
QString personFromCells(const QStringList& cells, const QList<int>& columnOf, Person& person)
{
    person = Person{};
    QString* fields[] = {&person.name,
                         &person.email,
                         &person.team,
                         &person.department,
                         &person.title,
                         &person.location,
                         nullptr,
                         &person.slackId,
                         &person.discordId,
                         &person.githubLogin,
                         &person.teamsId};
    for (qsizetype field = 0; field < columnOf.size(); ++field) {
        if (columnOf.at(field) < 0)
            continue;
        const QString value = cells.at(columnOf.at(field)).trimmed();
        if (fields[field]) {
            *fields[field] = value;
        } else if (!value.isEmpty()) {
            person.startDate = QDate::fromString(value, Qt::ISODate);
            if (!person.startDate.isValid() || value.size() != 10)
                return QCoreApplication::translate("PeopleCsvImport",
                                                   "start_date '%1' is not a date in the form YYYY-MM-DD")
                    .arg(value);
        }
    }
    if (person.name.isEmpty())
        return QCoreApplication::translate("PeopleCsvImport", "the name is missing");
    auto valid = PersonRepository::validated(person);
    return valid ? QString() : valid.errorString();
}

} // namespace

PeopleCsvImport::PeopleCsvImport(Database& database, Progress& progress)
    : m_database(database)
    , m_progress(progress)
{
}

Result<PeopleImportSummary> PeopleCsvImport::importFile(const QString& path)
{
    auto data = CsvTable::readFile(path);
    if (!data)
        return Result<PeopleImportSummary>::failure(data.errorString());
    return importData(*data, path);
}

Result<PeopleImportSummary> PeopleCsvImport::importData(const QByteArray& data, const QString& fileName)
{
    using R = Result<PeopleImportSummary>;
    CsvTable table(data, fileName, m_progress);
    if (QString problem = table.readHeader(PersonRepository::fieldNames()); !problem.isEmpty())
        return R::failure(problem);
    if (table.column(0) < 0)
        return R::failure(table.at(table.headerLine(),
                                   QCoreApplication::translate("PeopleCsvImport", "the header has no 'name' column")));
    PeopleImportSummary summary;
    summary.ignoredColumns = table.ignoredColumns();
    QList<int> presentFields;
    for (qsizetype field = 0; field < table.columns().size(); ++field)
        if (table.column(field) >= 0)
            presentFields.append(int(field));

    auto existing = PersonRepository(m_database).all();
    if (!existing)
        return R::failure(existing.errorString());
    PeopleMatcher matcher(std::move(*existing));
    const QString problem = table.readRows([&](const CsvRecord& record) {
        Person row;
        if (QString reason = personFromCells(record.fields, table.columns(), row); !reason.isEmpty())
            return reason;
        ++summary.rows;
        return matcher.apply(row, presentFields, record.line);
    });
    if (!problem.isEmpty())
        return R::failure(problem);

    QList<Person> changed = matcher.changedPeople(summary.added, summary.updated);
    summary.unchanged = summary.rows - summary.added - summary.updated;
    m_progress.report(0, changed.size(), QCoreApplication::translate("PeopleCsvImport", "Saving"));
    Transaction transaction(m_database.connection());
    if (Status s = PersonRepository(m_database).saveAll(changed); !s)
        return R::failure(QCoreApplication::translate("PeopleCsvImport", "%1: %2").arg(fileName, s.errorString()));
    if (Status s = transaction.commit(); !s)
        return R::failure(s.errorString());
    m_progress.report(changed.size(), changed.size(), QCoreApplication::translate("PeopleCsvImport", "Saving"));
    return summary;
}

} // namespace steward
