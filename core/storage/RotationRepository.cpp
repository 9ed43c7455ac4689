// SPDX-License-Identifier: GPL-3.0-or-later
#include "RotationRepository.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>

namespace steward {

namespace {

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

const QString kPlanColumns =
    QStringLiteral("id, kind, mastermind_group_id, community_id, seats_per_meeting, days_per_shift, seed, created, "
                   "response_target_minutes, start_time, minutes");

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariantList planValues(const RotationRecord& r)
{
    const bool hotSeat = r.kind == RotationKind::HotSeat;
    return {RotationRecord::kindKey(r.kind),
            optionalId(hotSeat ? r.mastermindGroupId : 0),
            optionalId(hotSeat ? 0 : r.communityId),
            r.seatsPerMeeting,
            r.kind == RotationKind::OnCall ? QVariant(r.daysPerShift) : QVariant(QMetaType(QMetaType::Int)),
            // SQLite integers are signed: the seed is stored bit for bit.
            qint64(r.seed),
            r.created.toUTC().toString(Qt::ISODate),
            r.responseTargetMinutes > 0 ? QVariant(r.responseTargetMinutes) : QVariant(QMetaType(QMetaType::Int)),
            r.startTime.isValid() ? QVariant(r.startTime.toString(QStringLiteral("HH:mm")))
                                  : QVariant(QMetaType(QMetaType::QString)),
            r.minutes > 0 ? QVariant(r.minutes) : QVariant(QMetaType(QMetaType::Int))};
}

} // namespace

RotationRepository::RotationRepository(const Database& database)
    : m_db(database.connection())
{
}

Status RotationRepository::validate(const RotationRecord& record)
{
    const bool hotSeat = record.kind == RotationKind::HotSeat;
    if (hotSeat && record.mastermindGroupId <= 0)
        return Status::failure(
            QCoreApplication::translate("RotationRepository", "A hot-seat rotation belongs to a mastermind group."));
    if (!hotSeat && record.communityId <= 0)
        return Status::failure(
            QCoreApplication::translate("RotationRepository", "A %1 rotation belongs to a community.")
                .arg(RotationRecord::kindKey(record.kind)));
    if (record.seatsPerMeeting < 1)
        return Status::failure(
            QCoreApplication::translate("RotationRepository", "A rotation needs at least one seat per meeting."));
    if (record.kind == RotationKind::OnCall && record.daysPerShift < 1)
        return Status::failure(
            QCoreApplication::translate("RotationRepository", "An on-call rotation needs shifts of at least one day."));
    if (record.responseTargetMinutes < 0)
        return Status::failure(QCoreApplication::translate("RotationRepository",
                                                           "A response-time target is a number of minutes above 0."));
    if (record.minutes < 0 || record.minutes > 24 * 60)
        return Status::failure(
            QCoreApplication::translate("RotationRepository",
                                        "A meeting of a rotation lasts from 1 to 1440 minutes (%1 given).")
                .arg(record.minutes));
    for (qsizetype i = 0; i < record.meetings.size(); ++i) {
        const RotationMeeting& meeting = record.meetings.at(i);
        if (!meeting.date.isValid())
            return Status::failure(
                QCoreApplication::translate("RotationRepository", "Meeting %1 of the rotation has no date.")
                    .arg(i + 1));
        if (i > 0 && meeting.date <= record.meetings.at(i - 1).date)
            return Status::failure(
                QCoreApplication::translate("RotationRepository",
                                            "The meetings of a rotation must be in date order without repeats (%1).")
                    .arg(isoDate(meeting.date)));
        if (meeting.seats.size() > record.seatsPerMeeting)
            return Status::failure(
                QCoreApplication::translate("RotationRepository",
                                            "The meeting of %1 has %2 seats; the rotation has %3 per meeting.")
                    .arg(isoDate(meeting.date))
                    .arg(meeting.seats.size())
                    .arg(record.seatsPerMeeting));
        for (const RotationSeat& seat : meeting.seats) {
            if (seat.date != meeting.date)
                return Status::failure(QCoreApplication::translate("RotationRepository",
                                                                   "A seat dated %1 is filed under the meeting of %2.")
                                           .arg(isoDate(seat.date), isoDate(meeting.date)));
        }
    }
    return {};
}

Result<QList<RotationRecord>> RotationRepository::plansWhere(const QString& condition, const QVariantList& values) const
{
    using R = Result<QList<RotationRecord>>;
    // `condition` is one of the fixed fragments of this file; values are bound.
    auto query =
        runQuery(m_db,
                 QStringLiteral("SELECT %1 FROM rotation_plan WHERE %2 ORDER BY kind, id").arg(kPlanColumns, condition),
                 values);
    if (!query)
        return R::failure(query.errorString());
    QList<RotationRecord> records;
    while (query->next()) {
        RotationRecord r;
        r.id = query->value(0).toLongLong();
        r.kind = RotationRecord::kindFromKey(query->value(1).toString()).value_or(RotationKind::HotSeat);
        r.mastermindGroupId = query->value(2).toLongLong();
        r.communityId = query->value(3).toLongLong();
        r.seatsPerMeeting = query->value(4).toInt();
        r.daysPerShift = query->value(5).toInt();
        r.seed = quint64(query->value(6).toLongLong());
        r.created = QDateTime::fromString(query->value(7).toString(), Qt::ISODate);
        r.responseTargetMinutes = query->value(8).toInt();
        r.startTime = QTime::fromString(query->value(9).toString(), QStringLiteral("HH:mm"));
        r.minutes = query->value(10).toInt();
        records.append(r);
    }
    for (RotationRecord& record : records) {
        if (Status s = loadSeats(record); !s)
            return R::failure(s.errorString());
    }
    return records;
}

Status RotationRepository::loadSeats(RotationRecord& record) const
{
    auto query = runQuery(
        m_db,
        QStringLiteral("SELECT meeting_date, slot, person_id, origin, status, topic, artefact FROM rotation_seat "
                       "WHERE plan_id = ? ORDER BY meeting_date, slot"),
        {record.id});
    if (!query)
        return Status::failure(query.errorString());
    while (query->next()) {
        RotationSeat seat;
        seat.date = dateFromSql(query->value(0));
        const int slot = query->value(1).toInt();
        seat.personId = query->value(2).toLongLong();
        seat.origin =
            RotationRecord::originFromKey(query->value(3).toString()).value_or(RotationSeat::Origin::Generated);
        seat.status = RotationSeat::statusFromKey(query->value(4).toString()).value_or(RotationSeat::Status::Planned);
        if (record.meetings.isEmpty() || record.meetings.constLast().date != seat.date)
            record.meetings.append(RotationMeeting{seat.date, {}});
        record.meetings.last().seats.append(seat);
        const QString topic = query->value(5).toString();
        if (!topic.isEmpty())
            record.topics.insert({seat.date, slot}, topic);
        const QString artefact = query->value(6).toString();
        if (!artefact.isEmpty())
            record.artefacts.insert({seat.date, slot}, artefact);
    }
    return {};
}

Result<QList<RotationRecord>> RotationRepository::all() const
{
    return plansWhere(QStringLiteral("1"), {});
}

Result<std::optional<RotationRecord>> RotationRepository::find(qint64 id) const
{
    using R = Result<std::optional<RotationRecord>>;
    auto plans = plansWhere(QStringLiteral("id = ?"), {id});
    if (!plans)
        return R::failure(plans.errorString());
    return plans->isEmpty() ? R(std::nullopt) : R(plans->constFirst());
}

Result<std::optional<RotationRecord>> RotationRepository::findFor(RotationKind kind, qint64 ownerId) const
{
    using R = Result<std::optional<RotationRecord>>;
    const QString condition = kind == RotationKind::HotSeat ? QStringLiteral("kind = ? AND mastermind_group_id = ?")
                                                            : QStringLiteral("kind = ? AND community_id = ?");
    auto plans = plansWhere(condition, {RotationRecord::kindKey(kind), ownerId});
    if (!plans)
        return R::failure(plans.errorString());
    return plans->isEmpty() ? R(std::nullopt) : R(plans->constFirst());
}

Status RotationRepository::writeSeats(const RotationRecord& record, qint64 planId)
{
    QSqlQuery insert(m_db);
    if (!insert.prepare(QStringLiteral("INSERT INTO rotation_seat (plan_id, meeting_date, slot, person_id, origin, "
                                       "status, topic, artefact) VALUES (?,?,?,?,?,?,?,?)")))
        return Status::failure(insert.lastError().text());
    for (const RotationMeeting& meeting : record.meetings) {
        for (qsizetype i = 0; i < meeting.seats.size(); ++i) {
            const RotationSeat& seat = meeting.seats.at(i);
            const int slot = int(i + 1);
            if (Status s = rerunQuery(insert,
                                      {planId,
                                       sqlDate(meeting.date),
                                       slot,
                                       optionalId(seat.personId),
                                       RotationSeat::originKey(seat.origin),
                                       RotationSeat::statusKey(seat.status),
                                       sqlText(record.topic(meeting.date, slot)),
                                       sqlText(record.artefact(meeting.date, slot))});
                !s) {
                return Status::failure(
                    QCoreApplication::translate("RotationRepository", "Could not store seat %1 of %2: %3")
                        .arg(slot)
                        .arg(isoDate(meeting.date), s.errorString()));
            }
        }
    }
    return {};
}

Result<qint64> RotationRepository::save(const RotationRecord& record)
{
    using R = Result<qint64>;
    if (Status s = validate(record); !s)
        return R::failure(s.errorString());
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return R::failure(transaction.errorString());
    qint64 id = record.id;
    QVariantList values = planValues(record);
    bool exists = false;
    if (id > 0) {
        values.append(id);
        auto update = runQuery(m_db,
                               QStringLiteral("UPDATE rotation_plan SET kind=?, mastermind_group_id=?, community_id=?, "
                                              "seats_per_meeting=?, days_per_shift=?, seed=?, created=?, "
                                              "response_target_minutes=?, start_time=?, minutes=? WHERE id=?"),
                               values);
        if (!update)
            return R::failure(QCoreApplication::translate("RotationRepository", "Could not store the rotation: %1")
                                  .arg(update.errorString()));
        exists = update->numRowsAffected() > 0;
        values.removeLast();
    }
    if (exists) {
        if (auto clear = runQuery(m_db, QStringLiteral("DELETE FROM rotation_seat WHERE plan_id = ?"), {id}); !clear)
            return R::failure(clear.errorString());
    } else {
        values.prepend(optionalId(id));
        auto insert =
            runQuery(m_db,
                     QStringLiteral("INSERT INTO rotation_plan (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?)").arg(kPlanColumns),
                     values);
        if (!insert)
            return R::failure(QCoreApplication::translate("RotationRepository", "Could not store the rotation: %1")
                                  .arg(insert.errorString()));
        id = insert->lastInsertId().toLongLong();
    }
    if (Status s = writeSeats(record, id); !s)
        return R::failure(s.errorString());
    if (Status s = transaction.commit(); !s)
        return R::failure(s.errorString());
    return R(id);
}

Status RotationRepository::saveSeat(qint64 planId, int slot, const RotationSeat& seat, const QString& topic)
{
    const QVariantList values = {optionalId(seat.personId),
                                 RotationSeat::originKey(seat.origin),
                                 RotationSeat::statusKey(seat.status),
                                 sqlText(topic),
                                 planId,
                                 sqlDate(seat.date),
                                 slot};
    auto update = runQuery(m_db,
                           QStringLiteral("UPDATE rotation_seat SET person_id=?, origin=?, status=?, topic=? "
                                          "WHERE plan_id=? AND meeting_date=? AND slot=?"),
                           values);
    if (!update)
        return Status::failure(QCoreApplication::translate("RotationRepository", "Could not store the seat: %1")
                                   .arg(update.errorString()));
    if (update->numRowsAffected() > 0)
        return {};
    auto insert = runQuery(m_db,
                           QStringLiteral("INSERT INTO rotation_seat (person_id, origin, status, topic, plan_id, "
                                          "meeting_date, slot) VALUES (?,?,?,?,?,?,?)"),
                           values);
    if (!insert)
        return Status::failure(QCoreApplication::translate("RotationRepository", "Could not store the seat: %1")
                                   .arg(insert.errorString()));
    return {};
}

Status RotationRepository::remove(qint64 id)
{
    auto query = runQuery(m_db, QStringLiteral("DELETE FROM rotation_plan WHERE id = ?"), {id});
    if (!query)
        return Status::failure(QCoreApplication::translate("RotationRepository", "Could not delete the rotation: %1")
                                   .arg(query.errorString()));
    return {};
}

} // namespace steward
