// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "storage/RotationRecord.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace steward {

class Database;

/** Reads and writes stored rotation plans (hot seats, micro-teach slots, on-call shifts) with all their seats. */
class RotationRepository
{
public:
    explicit RotationRepository(const Database& database);

    /** Every stored plan with its seats, ordered by kind and id. */
    Result<QList<RotationRecord>> all() const;
    Result<std::optional<RotationRecord>> find(qint64 id) const;
    /** The plan of this kind for a group (hot seats) or a community (micro-teach, on-call), if one is stored. */
    Result<std::optional<RotationRecord>> findFor(RotationKind kind, qint64 ownerId) const;

    /**
     * Stores the plan in one transaction: a new row when record.id is 0 (or no longer exists), else the
     * row is updated and all its seats replaced. Returns the plan's id.
     */
    Result<qint64> save(const RotationRecord& record);
    /** Writes one seat of a stored plan (a swap, a status, a topic), adding the seat if the plan had none there. */
    Status saveSeat(qint64 planId, int slot, const RotationSeat& seat, const QString& topic = {});
    /** Removes the plan and its seats. */
    Status remove(qint64 id);

    /** A message naming what makes the record unstorable, or success. */
    static Status validate(const RotationRecord& record);

private:
    Result<QList<RotationRecord>> plansWhere(const QString& condition, const QVariantList& values) const;
    Status loadSeats(RotationRecord& record) const;
    Status writeSeats(const RotationRecord& record, qint64 planId);
    QSqlDatabase m_db;
};

} // namespace steward
