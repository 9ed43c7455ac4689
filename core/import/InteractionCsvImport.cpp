// SPDX-License-Identifier: GPL-3.0-or-later
#include "InteractionCsvImport.h"

#include "import/CsvTable.h"
#include "model/Person.h"
#include "storage/CommunityRepository.h"
#include "storage/Database.h"
#include "storage/ImportBatchRepository.h"
#include "storage/Interaction.h"
#include "storage/InteractionRepository.h"
#include "storage/MembershipRepository.h"
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
    Source,
    Target,
    Weight,
    Timestamp,
    Kind,
    Platform,
    Channel,
};

QStringList columnNames()
{
    return {QStringLiteral("source"),
            QStringLiteral("target"),
            QStringLiteral("weight"),
            QStringLiteral("timestamp"),
            QStringLiteral("kind"),
            QStringLiteral("platform"),
            QStringLiteral("channel")};
}

/** The stored people plus the ones the file names for the first time, found by email or exact name. */
class PeopleIndex
{
public:
    explicit PeopleIndex(QList<Person> people)
        : m_people(std::move(people))
        , m_stored(m_people.size())
    {
        for (qsizetype i = 0; i < m_people.size(); ++i)
            remember(i);
    }

    /** The index of the person a cell names, creating them when no one has that name or email; -1 and a reason on
     * error. */
    qsizetype resolve(const QString& key, QString& error)
    {
        if (key.contains(QLatin1Char('@'))) {
            if (auto it = m_byEmail.constFind(key.toLower()); it != m_byEmail.constEnd())
                return *it;
            Person person;
            person.name = key;
            person.email = key;
            return add(person, error);
        }
        const QList<qsizetype> named = m_byName.value(key);
        if (named.size() > 1) {
            error = QCoreApplication::translate("InteractionCsvImport", "%1 people are named '%2'; use their email")
                        .arg(named.size())
                        .arg(key);
            return -1;
        }
        if (named.size() == 1)
            return named.constFirst();
        Person person;
        person.name = key;
        return add(person, error);
    }

    const Person& at(qsizetype index) const { return m_people.at(index); }
    void setId(qsizetype index, qint64 id) { m_people[index].id = id; }
    bool isNew(qsizetype index) const { return index >= m_stored; }
    QList<Person> newPeople() const { return m_people.mid(m_stored); }
    qsizetype storedCount() const { return m_stored; }

private:
    qsizetype add(const Person& person, QString& error)
    {
        auto valid = PersonRepository::validated(person);
        if (!valid) {
            error = valid.errorString();
            return -1;
        }
        m_people.append(*valid);
        remember(m_people.size() - 1);
        return m_people.size() - 1;
    }
    void remember(qsizetype i)
    {
        if (!m_people.at(i).email.isEmpty())
            m_byEmail.insert(m_people.at(i).email.toLower(), i);
        m_byName[m_people.at(i).name].append(i);
    }

    QList<Person> m_people;
    qsizetype m_stored = 0;
    QHash<QString, qsizetype> m_byEmail;
    QHash<QString, QList<qsizetype>> m_byName;
};

/** One row read, with people as PeopleIndex positions (new people have no id yet). */
struct PendingInteraction
{
    qsizetype source = 0;
    qsizetype target = 0;
    Interaction interaction;
};

QString oneOf(const QString& what, const QString& value, const QStringList& allowed)
{
    return QCoreApplication::translate("InteractionCsvImport", "%1 '%2' is not one of: %3")
        .arg(what, value, allowed.join(QStringLiteral(", ")));
}

/** Reads the optional cells of a row into the interaction; returns the reason when one is invalid. */
QString readDetails(const QStringList& cells, const QList<int>& columnOf, Interaction& interaction)
{
    auto cell = [&](Column column) {
        const int c = columnOf.at(column);
        return c >= 0 ? cells.at(c).trimmed() : QString();
    };
    if (const QString weight = cell(Weight); !weight.isEmpty()) {
        bool ok = false;
        interaction.weight = weight.toDouble(&ok);
        if (!ok || !std::isfinite(interaction.weight) || interaction.weight <= 0)
            return QCoreApplication::translate("InteractionCsvImport", "weight '%1' is not a positive number")
                .arg(weight);
    }
    if (const QString timestamp = cell(Timestamp); !timestamp.isEmpty()) {
        interaction.occurred = InteractionCsvImport::normalizedTimestamp(timestamp);
        if (interaction.occurred.isEmpty())
            return QCoreApplication::translate("InteractionCsvImport",
                                               "timestamp '%1' is not an ISO-8601 date (YYYY-MM-DD) or date-time")
                .arg(timestamp);
    }
    if (const QString kind = cell(Kind).toLower(); !kind.isEmpty()) {
        if (!Interaction::kinds().contains(kind))
            return oneOf(QStringLiteral("kind"), kind, Interaction::kinds());
        interaction.kind = kind;
    }
    if (const QString platform = cell(Platform).toLower(); !platform.isEmpty()) {
        if (!Interaction::platforms().contains(platform))
            return oneOf(QStringLiteral("platform"), platform, Interaction::platforms());
        interaction.platform = platform;
    }
    interaction.channel = cell(Channel);
    return {};
}

} // namespace

InteractionCsvImport::InteractionCsvImport(Database& database, const Clock& clock, Progress& progress)
    : m_database(database)
    , m_clock(clock)
    , m_progress(progress)
{
}

QString InteractionCsvImport::normalizedTimestamp(const QString& text)
{
    const QString value = text.trimmed();
    if (value.size() == 10) {
        const QDate day = QDate::fromString(value, Qt::ISODate);
        return day.isValid() ? day.toString(Qt::ISODate) : QString();
    }
    QString iso = value;
    if (iso.size() > 10 && iso.at(10) == QLatin1Char(' '))
        iso[10] = QLatin1Char('T');
    QDateTime instant = QDateTime::fromString(iso, Qt::ISODate);
    if (!instant.isValid() || iso.size() < 16)
        return {};
    // No offset given: the time is taken as UTC, so an import means the same on every machine.
    if (instant.timeSpec() == Qt::LocalTime)
        instant = QDateTime(instant.date(), instant.time(), Qt::UTC);
    return instant.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
}

Result<InteractionImportSummary> InteractionCsvImport::importFile(const QString& path, const QString& communityName)
{
    auto data = CsvTable::readFile(path);
    if (!data)
        return Result<InteractionImportSummary>::failure(data.errorString());
    return importData(*data, path, communityName);
}

namespace {

/** One row: its two people (found or created) and its details; returns the reason when the row is bad. */
QString readRow(const QStringList& cells, const QList<int>& columnOf, PeopleIndex& people, PendingInteraction& row)
{
    for (Column column : {Source, Target}) {
        const QString key = cells.at(columnOf.at(column)).trimmed();
        if (key.isEmpty())
            return QCoreApplication::translate("InteractionCsvImport", "the %1 is empty").arg(columnNames().at(column));
        QString error;
        const qsizetype index = people.resolve(key, error);
        if (index < 0)
            return error;
        (column == Source ? row.source : row.target) = index;
    }
    return readDetails(cells, columnOf, row.interaction);
}

/** Why the header cannot be used (a required column missing), or empty. */
QString missingColumns(const CsvTable& table)
{
    if (table.column(Source) < 0 || table.column(Target) < 0)
        return QCoreApplication::translate("InteractionCsvImport", "the header needs 'source' and 'target' columns");
    return {};
}

/** Everything the file said, checked, before anything is written. */
struct ReadInteractions
{
    PeopleIndex people;
    QList<PendingInteraction> rows;
};

/** The day of each person's first interaction in the file (people whose rows have no time are not in it). */
QHash<qsizetype, QDate> firstDays(const QList<PendingInteraction>& rows)
{
    QHash<qsizetype, QDate> firstSeen;
    for (const PendingInteraction& row : rows) {
        const QDate day = QDate::fromString(row.interaction.occurred.left(10), Qt::ISODate);
        for (qsizetype index : {row.source, row.target}) {
            if (day.isValid() && (!firstSeen.contains(index) || day < firstSeen.value(index)))
                firstSeen.insert(index, day);
        }
    }
    return firstSeen;
}

/**
 * Writes one import in one transaction: the batch, the new people, observer memberships for everyone
 * in the file who is not a member yet (recorded in the batch), then the interactions.
 */
Status save(Database& database,
            const Clock& clock,
            qint64 communityId,
            const QString& fileName,
            ReadInteractions& read,
            InteractionImportSummary& summary)
{
    Transaction transaction(database.connection());
    ImportBatchRepository batches(database);
    auto batchId = batches.add({0, QStringLiteral("interactions"), fileName, communityId, clock.now(), summary.rows});
    if (!batchId)
        return Status::failure(batchId.errorString());
    summary.batchId = *batchId;
    QList<Person> newPeople = read.people.newPeople();
    if (Status s = PersonRepository(database).saveAll(newPeople); !s)
        return s;
    for (qsizetype i = 0; i < newPeople.size(); ++i)
        read.people.setId(read.people.storedCount() + i, newPeople.at(i).id);
    summary.newPeople = int(newPeople.size());

    MembershipRepository memberships(database);
    auto members = memberships.membersOf(communityId);
    if (!members)
        return Status::failure(members.errorString());
    QSet<qint64> memberIds;
    for (const Member& member : std::as_const(*members))
        memberIds.insert(member.membership.personId);
    const QString reason =
        QCoreApplication::translate("InteractionCsvImport", "Appeared in imported interactions (%1)").arg(fileName);
    // A new observer joins on the day of their first interaction in the file (today when no row has a time), so
    // windows before the import see them as the members they were.
    const QHash<qsizetype, QDate> firstSeen = firstDays(read.rows);
    QList<Interaction> interactions;
    interactions.reserve(read.rows.size());
    for (PendingInteraction& row : read.rows) {
        for (qsizetype index : {row.source, row.target}) {
            const qint64 personId = read.people.at(index).id;
            if (memberIds.contains(personId))
                continue;
            auto receipt = memberships.setLevel(
                communityId, personId, ParticipationLevel::Observer, firstSeen.value(index, clock.today()), reason);
            if (!receipt)
                return Status::failure(receipt.errorString());
            if (Status s = batches.recordPerson(*batchId, personId, read.people.isNew(index), receipt->after.id); !s)
                return s;
            memberIds.insert(personId);
            summary.joinedMembers += read.people.isNew(index) ? 0 : 1;
        }
        row.interaction.sourceId = read.people.at(row.source).id;
        row.interaction.targetId = read.people.at(row.target).id;
        row.interaction.batchId = *batchId;
        interactions.append(row.interaction);
    }
    if (Status s = InteractionRepository(database).addAll(interactions); !s)
        return s;
    return transaction.commit();
}

} // namespace

Result<InteractionImportSummary>
InteractionCsvImport::importData(const QByteArray& data, const QString& fileName, const QString& communityName)
{
    using R = Result<InteractionImportSummary>;
    auto community = CommunityRepository(m_database).findByName(communityName.trimmed());
    if (!community)
        return R::failure(community.errorString());
    if (!community->has_value())
        return R::failure(QCoreApplication::translate("InteractionCsvImport", "There is no community named '%1'.")
                              .arg(communityName));
    CsvTable table(data, fileName, m_progress);
    if (QString problem = table.readHeader(columnNames()); !problem.isEmpty())
        return R::failure(problem);
    if (QString reason = missingColumns(table); !reason.isEmpty())
        return R::failure(table.at(table.headerLine(), reason));
    InteractionImportSummary summary;
    summary.ignoredColumns = table.ignoredColumns();
    auto stored = PersonRepository(m_database).all();
    if (!stored)
        return R::failure(stored.errorString());
    ReadInteractions read{PeopleIndex(std::move(*stored)), {}};
    const QString problem = table.readRows([&](const CsvRecord& record) {
        PendingInteraction row;
        row.interaction.communityId = (*community)->id;
        if (QString reason = readRow(record.fields, table.columns(), read.people, row); !reason.isEmpty())
            return reason;
        summary.selfInteractions += row.source == row.target ? 1 : 0;
        read.rows.append(row);
        ++summary.rows;
        return QString();
    });
    if (!problem.isEmpty())
        return R::failure(problem);
    if (summary.rows == 0)
        return R::failure(table.at(
            table.headerLine(), QCoreApplication::translate("InteractionCsvImport", "the file has no interactions")));
    m_progress.report(0, 0, QCoreApplication::translate("InteractionCsvImport", "Saving"));
    if (Status s = save(m_database, m_clock, (*community)->id, fileName, read, summary); !s)
        return R::failure(QStringLiteral("%1: %2").arg(fileName, s.errorString()));
    return summary;
}

} // namespace steward
