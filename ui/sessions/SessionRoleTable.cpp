// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionRoleTable.h"

#include <QDropEvent>

namespace steward {

SessionRoleTable::SessionRoleTable(QWidget* parent)
    : QTableWidget(parent)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
}

void SessionRoleTable::startDrag(Qt::DropActions supportedActions)
{
    m_dragged = currentIndex();
    QTableWidget::startDrag(supportedActions);
    m_dragged = QPersistentModelIndex();
}

void SessionRoleTable::dragMoveEvent(QDragMoveEvent* event)
{
    const QModelIndex target = indexAt(event->position().toPoint());
    if (event->source() == this && target.isValid() && target.column() > 0 && target != m_dragged)
        event->acceptProposedAction();
    else
        event->ignore();
}

void SessionRoleTable::dropEvent(QDropEvent* event)
{
    const QModelIndex target = indexAt(event->position().toPoint());
    // The table never moves items itself: the swap is an undoable edit the view records, then it reloads.
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    if (m_dragged.isValid() && target.isValid() && target != m_dragged)
        emit swapRequested(m_dragged, target);
}

} // namespace steward
