// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "model/Person.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace steward {

class Database;

/** Reads and writes people. Single-statement writes are atomic; callers group larger edits in a Transaction. */
class PersonRepository
{
public:
    explicit PersonRepository(const Database& database);

    /** Everyone, ordered by name. */
    Result<QList<Person>> all() const;
    Result<std::optional<Person>> find(qint64 id) const;
    Result<std::optional<Person>> findByEmail(const QString& email) const;
    Result<QList<Person>> findByName(const QString& name) const;
    /** An email (when the key contains '@') or an exact name that names one person only. */
    Result<Person> findByNameOrEmail(const QString& key) const;
    Result<qint64> count() const;

    /** Adds a person and returns the new id; a non-zero person.id is kept (undo restores the same row). */
    Result<qint64> add(const Person& person);
    Status update(const Person& person);
    /**
     * Bulk write for imports: adds the people with id 0 and updates the others, reusing prepared
     * statements; new ids are written back. The caller validates, matches and wraps it in a Transaction.
     */
    Status saveAll(QList<Person>& people);
    /** Removes the person; their memberships and level history go with them. */
    Status remove(qint64 id);

    /** The person with whitespace trimmed, or a message naming the first invalid field. */
    static Result<Person> validated(const Person& person);
    /** The column names used by CSV and JSON, in display order. */
    static QStringList fieldNames();

private:
    Status checkEmailFree(const Person& person) const;
    QSqlDatabase m_db;
};

} // namespace steward
