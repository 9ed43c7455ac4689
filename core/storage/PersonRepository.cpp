// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonRepository.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

namespace steward {

namespace {

const QString kColumns = QStringLiteral(
    "id, name, email, team, department, title, location, start_date, slack_id, discord_id, github_login, teams_id");

Person personFromRow(const QSqlQuery& q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.email = q.value(2).toString();
    p.team = q.value(3).toString();
    p.department = q.value(4).toString();
    p.title = q.value(5).toString();
    p.location = q.value(6).toString();
    p.startDate = dateFromSql(q.value(7));
    p.slackId = q.value(8).toString();
    p.discordId = q.value(9).toString();
    p.githubLogin = q.value(10).toString();
    p.teamsId = q.value(11).toString();
    return p;
}

QVariantList personValues(const Person& p)
{
    return {sqlText(p.name),
            sqlOptionalText(p.email),
            sqlText(p.team),
            sqlText(p.department),
            sqlText(p.title),
            sqlText(p.location),
            sqlDate(p.startDate),
            sqlOptionalText(p.slackId),
            sqlOptionalText(p.discordId),
            sqlOptionalText(p.githubLogin),
            sqlOptionalText(p.teamsId)};
}

Result<QList<Person>> peopleFrom(Result<QSqlQuery> query)
{
    if (!query)
        return Result<QList<Person>>::failure(query.errorString());
    QList<Person> people;
    while (query->next())
        people.append(personFromRow(*query));
    return people;
}

Result<std::optional<Person>> firstPersonFrom(Result<QSqlQuery> query)
{
    using R = Result<std::optional<Person>>;
    if (!query)
        return R::failure(query.errorString());
    if (!query->next())
        return R(std::nullopt);
    return R(personFromRow(*query));
}

} // namespace

PersonRepository::PersonRepository(const Database& database)
    : m_db(database.connection())
{
}

QStringList PersonRepository::fieldNames()
{
    return {QStringLiteral("name"),
            QStringLiteral("email"),
            QStringLiteral("team"),
            QStringLiteral("department"),
            QStringLiteral("title"),
            QStringLiteral("location"),
            QStringLiteral("start_date"),
            QStringLiteral("slack_id"),
            QStringLiteral("discord_id"),
            QStringLiteral("github_login"),
            QStringLiteral("teams_id")};
}

Result<QList<Person>> PersonRepository::all() const
{
    return peopleFrom(runQuery(m_db, QStringLiteral("SELECT %1 FROM person ORDER BY name, id").arg(kColumns)));
}

Result<std::optional<Person>> PersonRepository::find(qint64 id) const
{
    return firstPersonFrom(runQuery(m_db, QStringLiteral("SELECT %1 FROM person WHERE id = ?").arg(kColumns), {id}));
}

Result<std::optional<Person>> PersonRepository::findByEmail(const QString& email) const
{
    return firstPersonFrom(
        runQuery(m_db, QStringLiteral("SELECT %1 FROM person WHERE email = ?").arg(kColumns), {email.trimmed()}));
}

Result<QList<Person>> PersonRepository::findByName(const QString& name) const
{
    return peopleFrom(
        runQuery(m_db, QStringLiteral("SELECT %1 FROM person WHERE name = ? ORDER BY id").arg(kColumns), {name}));
}

Result<Person> PersonRepository::findByNameOrEmail(const QString& key) const
{
    using R = Result<Person>;
    if (key.contains(QLatin1Char('@'))) {
        auto byEmail = findByEmail(key);
        if (!byEmail)
            return R::failure(byEmail.errorString());
        if (byEmail->has_value())
            return R(**byEmail);
    }
    auto byName = findByName(key.trimmed());
    if (!byName)
        return R::failure(byName.errorString());
    if (byName->isEmpty())
        return R::failure(
            QCoreApplication::translate("PersonRepository", "No person is named or has the email '%1'.").arg(key));
    if (byName->size() > 1)
        return R::failure(
            QCoreApplication::translate("PersonRepository", "%1 people are named '%2'; use their email instead.")
                .arg(byName->size())
                .arg(key));
    return R(byName->constFirst());
}

Result<qint64> PersonRepository::count() const
{
    auto query = runQuery(m_db, QStringLiteral("SELECT count(*) FROM person"));
    if (!query || !query->next())
        return Result<qint64>::failure(query.errorString());
    return query->value(0).toLongLong();
}

Result<Person> PersonRepository::validated(const Person& person)
{
    using R = Result<Person>;
    Person p = person;
    for (QString* field : {&p.name,
                           &p.email,
                           &p.team,
                           &p.department,
                           &p.title,
                           &p.location,
                           &p.slackId,
                           &p.discordId,
                           &p.githubLogin,
                           &p.teamsId})
        *field = field->trimmed();
    if (p.name.isEmpty())
        return R::failure(QCoreApplication::translate("PersonRepository", "A person needs a name."));
    static const QRegularExpression emailPattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+$)"));
    if (!p.email.isEmpty() && !emailPattern.match(p.email).hasMatch())
        return R::failure(
            QCoreApplication::translate("PersonRepository", "'%1' is not an email address.").arg(p.email));
    return R(p);
}

Status PersonRepository::checkEmailFree(const Person& person) const
{
    if (person.email.trimmed().isEmpty())
        return {};
    auto other = findByEmail(person.email);
    if (!other)
        return Status::failure(other.errorString());
    if (other->has_value() && (*other)->id != person.id)
        return Status::failure(QCoreApplication::translate("PersonRepository", "%1 already has the email address %2.")
                                   .arg((*other)->name, person.email.trimmed()));
    return {};
}

Result<qint64> PersonRepository::add(const Person& person)
{
    using R = Result<qint64>;
    auto valid = validated(person);
    if (!valid)
        return R::failure(valid.errorString());
    if (Status s = checkEmailFree(*valid); !s)
        return R::failure(s.errorString());
    QVariantList values = personValues(*valid);
    values.prepend(valid->id > 0 ? QVariant(valid->id) : QVariant(QMetaType(QMetaType::LongLong)));
    auto query = runQuery(
        m_db, QStringLiteral("INSERT INTO person (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)").arg(kColumns), values);
    if (!query)
        return R::failure(QCoreApplication::translate("PersonRepository", "Could not add %1: %2")
                              .arg(valid->name, query.errorString()));
    return R(query->lastInsertId().toLongLong());
}

Status PersonRepository::update(const Person& person)
{
    auto valid = validated(person);
    if (!valid)
        return Status::failure(valid.errorString());
    if (Status s = checkEmailFree(*valid); !s)
        return s;
    QVariantList values = personValues(*valid);
    values.append(valid->id);
    auto query =
        runQuery(m_db,
                 QStringLiteral("UPDATE person SET name=?, email=?, team=?, department=?, title=?, location=?, "
                                "start_date=?, slack_id=?, discord_id=?, github_login=?, teams_id=? "
                                "WHERE id=?"),
                 values);
    if (!query)
        return Status::failure(QCoreApplication::translate("PersonRepository", "Could not save %1: %2")
                                   .arg(valid->name, query.errorString()));
    if (query->numRowsAffected() == 0)
        return Status::failure(
            QCoreApplication::translate("PersonRepository", "%1 no longer exists.").arg(valid->name));
    return {};
}

Status PersonRepository::saveAll(QList<Person>& people)
{
    QSqlQuery insert(m_db);
    QSqlQuery update(m_db);
    const bool prepared =
        insert.prepare(QStringLiteral("INSERT INTO person (%1) VALUES (NULL,?,?,?,?,?,?,?,?,?,?,?)").arg(kColumns))
        && update.prepare(
            QStringLiteral("UPDATE person SET name=?, email=?, team=?, department=?, title=?, location=?, "
                           "start_date=?, slack_id=?, discord_id=?, github_login=?, teams_id=? WHERE id=?"));
    if (!prepared)
        return Status::failure(insert.lastError().text() + update.lastError().text());
    for (Person& person : people) {
        QVariantList values = personValues(person);
        const bool isNew = person.id == 0;
        if (!isNew)
            values.append(person.id);
        QSqlQuery& query = isNew ? insert : update;
        if (Status s = rerunQuery(query, values); !s)
            return Status::failure(QCoreApplication::translate("PersonRepository", "Could not save %1: %2")
                                       .arg(person.name, s.errorString()));
        if (isNew)
            person.id = query.lastInsertId().toLongLong();
    }
    return {};
}

Status PersonRepository::remove(qint64 id)
{
    auto query = runQuery(m_db, QStringLiteral("DELETE FROM person WHERE id = ?"), {id});
    if (!query)
        return Status::failure(QCoreApplication::translate("PersonRepository", "Could not delete the person: %1")
                                   .arg(query.errorString()));
    return {};
}

} // namespace steward
