// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/Absence.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace steward {

class Database;

/** Reads and writes absences: the days people are away, which every rotation respects. */
class AbsenceRepository
{
public:
    explicit AbsenceRepository(const Database& database);

    /** Every absence, ordered by first day, then person. */
    Result<QList<Absence>> all() const;
    /** One person's absences, ordered by first day. */
    Result<QList<Absence>> forPerson(qint64 personId) const;
    /** The absences that touch at least one day of first..last (inclusive), ordered by first day. */
    Result<QList<Absence>> overlapping(QDate first, QDate last) const;
    Result<std::optional<Absence>> find(qint64 id) const;

    /** Adds an absence and returns its id; a non-zero absence.id is kept (undo). */
    Result<qint64> add(const Absence& absence);
    Status update(const Absence& absence);
    Status remove(qint64 id);

    /** The absence with its note trimmed, or a message (no person, a missing day, a range that runs backwards). */
    static Result<Absence> validated(const Absence& absence);

private:
    QSqlDatabase m_db;
};

} // namespace steward
