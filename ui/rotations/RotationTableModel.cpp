// SPDX-License-Identifier: GPL-3.0-or-later
#include "RotationTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QMimeData>
#include <QPalette>

namespace steward {

RotationTableModel::RotationTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    qRegisterMetaType<steward::RotationSeatRef>();
}

void RotationTableModel::setPlan(const RotationRecord& record, const RotationPlan& plan, QDate today)
{
    beginResetModel();
    m_record = record;
    m_plan = plan;
    m_today = today;
    endResetModel();
}

int RotationTableModel::seatColumns() const
{
    int seats = m_record.seatsPerMeeting;
    for (const RotationMeeting& meeting : m_plan.meetings)
        seats = std::max(seats, int(meeting.seats.size()));
    return m_plan.meetings.isEmpty() ? 0 : seats;
}

int RotationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_plan.meetings.size());
}

int RotationTableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_plan.meetings.isEmpty())
        return 0;
    return 1 + seatColumns() + (hasTopicColumn() ? 1 : 0);
}

RotationSeatRef RotationTableModel::seatRef(const QModelIndex& index) const
{
    if (!index.isValid() || index.column() < 1 || index.column() > seatColumns())
        return {};
    const qsizetype seat = index.column() - 1;
    if (seat >= m_plan.meetings.at(index.row()).seats.size())
        return {};
    return {index.row(), seat};
}

int RotationTableModel::firstUpcomingRow() const
{
    for (int row = 0; row < m_plan.meetings.size(); ++row) {
        if (m_plan.meetings.at(row).date >= m_today)
            return row;
    }
    return int(m_plan.meetings.size()) - 1;
}

QModelIndex RotationTableModel::indexOf(RotationSeatRef ref) const
{
    return index(int(ref.meeting), int(ref.seat + 1));
}

QString RotationTableModel::statusText(RotationSeat::Status status)
{
    switch (status) {
    case RotationSeat::Status::Planned:
        return {};
    case RotationSeat::Status::Done:
        return tr("done");
    case RotationSeat::Status::Skipped:
        return tr("skipped");
    case RotationSeat::Status::Moved:
        return tr("moved");
    case RotationSeat::Status::Swapped:
        return tr("swapped");
    }
    return {};
}

QVariant RotationTableModel::seatData(const RotationSeat& seat, RotationSeatRef ref, int role) const
{
    const QString name = seat.isEmpty() ? tr("(nobody)") : m_plan.displayName(seat.personId);
    const QString status = statusText(seat.status);
    switch (role) {
    case Qt::DisplayRole:
        return status.isEmpty() ? name : tr("%1 (%2)").arg(name, status);
    case Qt::ToolTipRole: {
        QString tip = seat.origin == RotationSeat::Origin::Pinned ? tr("%1, pinned by hand").arg(name) : name;
        const QString topic = m_record.topic(seat.date, int(ref.seat + 1));
        if (!topic.isEmpty())
            tip += QLatin1Char('\n') + tr("Topic: %1").arg(topic);
        if (const QString link = m_record.artefact(seat.date, int(ref.seat + 1)); !link.isEmpty())
            tip += QLatin1Char('\n') + tr("Link: %1").arg(link);
        return tip;
    }
    case Qt::FontRole: {
        QFont font;
        font.setBold(seat.origin == RotationSeat::Origin::Pinned);
        font.setItalic(seat.isEmpty());
        return font;
    }
    case Qt::BackgroundRole:
        if (seat.status == RotationSeat::Status::Done)
            return QBrush(QColor(0xdd, 0xf0, 0xdd));
        if (seat.status == RotationSeat::Status::Skipped)
            return QBrush(QColor(0xee, 0xee, 0xee));
        if (seat.status == RotationSeat::Status::Moved || seat.status == RotationSeat::Status::Swapped)
            return QBrush(QColor(0xfd, 0xf3, 0xd0));
        return {};
    case PersonIdRole:
        return seat.personId;
    case StatusRole:
        return int(seat.status);
    default:
        return {};
    }
}

QVariant RotationTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const RotationMeeting& meeting = m_plan.meetings.at(index.row());
    if (index.column() == 0) {
        // Only the date is greyed for a held meeting: the seat colours already say what became of it.
        if (role == Qt::ForegroundRole && meeting.date < m_today)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        if (role == Qt::DisplayRole)
            return QLocale().toString(meeting.date, QLocale::ShortFormat);
        if (role == Qt::ToolTipRole)
            return meeting.date < m_today ? tr("Held: regenerating keeps this meeting as it is.") : QVariant();
        return {};
    }
    if (const RotationSeatRef ref = seatRef(index); ref.seat >= 0)
        return seatData(meeting.seats.at(ref.seat), ref, role);
    if (hasTopicColumn() && index.column() == columnCount() - 1 && role == Qt::DisplayRole) {
        QStringList topics;
        for (int slot = 1; slot <= meeting.seats.size(); ++slot) {
            if (const QString topic = m_record.topic(meeting.date, slot); !topic.isEmpty())
                topics << topic;
        }
        return topics.join(QStringLiteral("; "));
    }
    return {};
}

QVariant RotationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return m_record.kind == RotationKind::OnCall ? tr("Shift from") : tr("Meeting");
    if (hasTopicColumn() && section == columnCount() - 1)
        return tr("Topics");
    if (m_record.kind == RotationKind::OnCall)
        return seatColumns() == 1 ? tr("On call") : tr("On call %1").arg(section);
    if (m_record.kind == RotationKind::MicroTeach)
        return tr("Slot %1").arg(section);
    return seatColumns() == 1 ? tr("Hot seat") : tr("Hot seat %1").arg(section);
}

Qt::ItemFlags RotationTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (seatRef(index).seat >= 0)
        flags |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    return flags;
}

QStringList RotationTableModel::mimeTypes() const
{
    return {QString::fromLatin1(kSeatMimeType)};
}

QMimeData* RotationTableModel::mimeData(const QModelIndexList& indexes) const
{
    if (indexes.isEmpty() || seatRef(indexes.constFirst()).seat < 0)
        return nullptr;
    const RotationSeatRef ref = seatRef(indexes.constFirst());
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(kSeatMimeType),
                  QStringLiteral("%1,%2").arg(ref.meeting).arg(ref.seat).toLatin1());
    return data;
}

RotationSeatRef RotationTableModel::decode(const QMimeData* data) const
{
    if (!data || !data->hasFormat(QString::fromLatin1(kSeatMimeType)))
        return {};
    const QList<QByteArray> parts = data->data(QString::fromLatin1(kSeatMimeType)).split(',');
    if (parts.size() != 2)
        return {};
    const RotationSeatRef ref{parts.at(0).toLongLong(), parts.at(1).toLongLong()};
    if (ref.meeting < 0 || ref.meeting >= m_plan.meetings.size() || ref.seat < 0
        || ref.seat >= m_plan.meetings.at(ref.meeting).seats.size())
        return {};
    return ref;
}

bool RotationTableModel::canDropMimeData(
    const QMimeData* data, Qt::DropAction, int, int, const QModelIndex& parent) const
{
    const RotationSeatRef from = decode(data);
    const RotationSeatRef to = seatRef(parent);
    return from.seat >= 0 && to.seat >= 0 && !(from == to);
}

bool RotationTableModel::dropMimeData(
    const QMimeData* data, Qt::DropAction action, int row, int column, const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    emit swapRequested(decode(data), seatRef(parent));
    // Nothing moves here: the swap comes back through the workspace and reloads the table.
    return false;
}

} // namespace steward
