// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableWidget>

namespace steward {

/**
 * The occurrences × roles table of a session's rotating roles. Dragging one person's cell onto another asks for a
 * swap (the view decides and records it); nothing is moved by the table itself.
 */
class SessionRoleTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit SessionRoleTable(QWidget* parent = nullptr);

signals:
    void swapRequested(const QModelIndex& from, const QModelIndex& to);

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    QPersistentModelIndex m_dragged;
};

} // namespace steward
