// SPDX-License-Identifier: GPL-3.0-or-later
#include "AbsenceRepository.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>

namespace steward {

namespace {

const QString kColumns = QStringLiteral("id, person_id, from_date, to_date, note");

Result<QList<Absence>> absencesFrom(Result<QSqlQuery> query)
{
    if (!query)
        return Result<QList<Absence>>::failure(query.errorString());
    QList<Absence> absences;
    while (query->next()) {
        absences.append({query->value(0).toLongLong(),
                         query->value(1).toLongLong(),
                         dateFromSql(query->value(2)),
                         dateFromSql(query->value(3)),
                         query->value(4).toString()});
    }
    return absences;
}

} // namespace

AbsenceRepository::AbsenceRepository(const Database& database)
    : m_db(database.connection())
{
}

Result<QList<Absence>> AbsenceRepository::all() const
{
    return absencesFrom(
        runQuery(m_db, QStringLiteral("SELECT %1 FROM absence ORDER BY from_date, person_id, id").arg(kColumns)));
}

Result<QList<Absence>> AbsenceRepository::forPerson(qint64 personId) const
{
    return absencesFrom(
        runQuery(m_db,
                 QStringLiteral("SELECT %1 FROM absence WHERE person_id = ? ORDER BY from_date, id").arg(kColumns),
                 {personId}));
}

Result<QList<Absence>> AbsenceRepository::overlapping(QDate first, QDate last) const
{
    // ISO dates compare as text.
    return absencesFrom(
        runQuery(m_db,
                 QStringLiteral("SELECT %1 FROM absence WHERE to_date >= ? AND from_date <= ? ORDER BY from_date, "
                                "person_id, id")
                     .arg(kColumns),
                 {sqlDate(first), sqlDate(last)}));
}

Result<std::optional<Absence>> AbsenceRepository::find(qint64 id) const
{
    using R = Result<std::optional<Absence>>;
    auto found =
        absencesFrom(runQuery(m_db, QStringLiteral("SELECT %1 FROM absence WHERE id = ?").arg(kColumns), {id}));
    if (!found)
        return R::failure(found.errorString());
    if (found->isEmpty())
        return R(std::nullopt);
    return R(found->constFirst());
}

Result<Absence> AbsenceRepository::validated(const Absence& absence)
{
    using R = Result<Absence>;
    Absence a = absence;
    a.note = a.note.trimmed();
    if (a.personId <= 0)
        return R::failure(QCoreApplication::translate("AbsenceRepository", "An absence needs a person."));
    if (!a.from.isValid() || !a.to.isValid())
        return R::failure(
            QCoreApplication::translate("AbsenceRepository", "An absence needs a valid first and last day."));
    if (a.to < a.from)
        return R::failure(QCoreApplication::translate("AbsenceRepository", "The absence runs backwards: from %1 to %2.")
                              .arg(a.from.toString(Qt::ISODate), a.to.toString(Qt::ISODate)));
    return R(a);
}

Result<qint64> AbsenceRepository::add(const Absence& absence)
{
    using R = Result<qint64>;
    auto valid = validated(absence);
    if (!valid)
        return R::failure(valid.errorString());
    auto query = runQuery(m_db,
                          QStringLiteral("INSERT INTO absence (%1) VALUES (?,?,?,?,?)").arg(kColumns),
                          {valid->id > 0 ? QVariant(valid->id) : QVariant(QMetaType(QMetaType::LongLong)),
                           valid->personId,
                           sqlDate(valid->from),
                           sqlDate(valid->to),
                           sqlText(valid->note)});
    if (!query)
        return R::failure(
            QCoreApplication::translate("AbsenceRepository", "Could not add the absence: %1").arg(query.errorString()));
    return R(query->lastInsertId().toLongLong());
}

Status AbsenceRepository::update(const Absence& absence)
{
    auto valid = validated(absence);
    if (!valid)
        return Status::failure(valid.errorString());
    auto query = runQuery(m_db,
                          QStringLiteral("UPDATE absence SET person_id=?, from_date=?, to_date=?, note=? WHERE id=?"),
                          {valid->personId, sqlDate(valid->from), sqlDate(valid->to), sqlText(valid->note), valid->id});
    if (!query)
        return Status::failure(QCoreApplication::translate("AbsenceRepository", "Could not save the absence: %1")
                                   .arg(query.errorString()));
    if (query->numRowsAffected() == 0)
        return Status::failure(QCoreApplication::translate("AbsenceRepository", "The absence no longer exists."));
    return {};
}

Status AbsenceRepository::remove(qint64 id)
{
    auto query = runQuery(m_db, QStringLiteral("DELETE FROM absence WHERE id = ?"), {id});
    if (!query)
        return Status::failure(QCoreApplication::translate("AbsenceRepository", "Could not delete the absence: %1")
                                   .arg(query.errorString()));
    return {};
}

} // namespace steward
