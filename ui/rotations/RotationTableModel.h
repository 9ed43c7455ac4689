// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedule/RotationPlan.h"
#include "schedule/RotationSeatRef.h"
#include "storage/RotationRecord.h"

#include <QAbstractTableModel>
#include <QDate>

namespace steward {

/**
 * A stored rotation as a meetings × seats table: one row per meeting (past ones greyed), one column
 * per seat with the person and what became of the turn; micro-teach plans add their topics. Seats can
 * be dragged onto one another: the model only asks for the swap (swapRequested), the editor makes it.
 */
class RotationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        PersonIdRole = Qt::UserRole + 1,
        StatusRole,
    };
    static constexpr const char* kSeatMimeType = "application/x-steward-rotation-seat";

    explicit RotationTableModel(QObject* parent = nullptr);

    /** Shows a stored plan as the engine sees it (names, violations); an empty record clears the table. */
    void setPlan(const RotationRecord& record, const RotationPlan& plan, QDate today);
    const RotationRecord& record() const { return m_record; }
    const RotationPlan& plan() const { return m_plan; }
    /** The seat behind a cell, or an invalid ref for the date and topic columns. */
    RotationSeatRef seatRef(const QModelIndex& index) const;
    QModelIndex indexOf(RotationSeatRef ref) const;
    /** The row of the first meeting on or after today (the last row when all are past, -1 when empty). */
    int firstUpcomingRow() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction | Qt::CopyAction; }
    bool canDropMimeData(
        const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) const override;
    bool
    dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent) override;

    /** The translated word for a seat's status, empty for a planned one. */
    static QString statusText(RotationSeat::Status status);

signals:
    /** A seat was dropped onto another: the editor swaps the two people (undoably). */
    void swapRequested(steward::RotationSeatRef from, steward::RotationSeatRef to);

private:
    QVariant seatData(const RotationSeat& seat, RotationSeatRef ref, int role) const;
    int seatColumns() const;
    bool hasTopicColumn() const { return m_record.kind == RotationKind::MicroTeach; }
    RotationSeatRef decode(const QMimeData* data) const;

    RotationRecord m_record;
    RotationPlan m_plan;
    QDate m_today;
};

} // namespace steward
