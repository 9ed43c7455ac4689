// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/SessionAttendance.h"

#include <QDate>
#include <QPointer>
#include <QTreeWidget>

namespace steward {

class SessionCatalog;
class Workspace;

/**
 * Quick attendance of one occurrence: one row per member, one tick for attended, excused or absent (at most one).
 * Every tick is saved at once as an undoable edit.
 */
class SessionAttendanceView : public QTreeWidget
{
    Q_OBJECT

public:
    explicit SessionAttendanceView(QWidget* parent = nullptr);

    /** sessionId 0 clears the view. */
    void showOccurrence(Workspace* workspace, const SessionCatalog& catalog, qint64 sessionId, QDate date);
    /** The records as the ticks say (one per ticked row). */
    QList<SessionAttendance> ticked() const;
    /** Ticks the person's box for status (clearing the others), which saves it. */
    void tick(qint64 personId, AttendanceStatus status);

signals:
    void errorOccurred(const QString& message);

private:
    void rowChanged(QTreeWidgetItem* item, int column);
    QTreeWidgetItem* rowOf(qint64 personId) const;

    QPointer<Workspace> m_workspace;
    qint64 m_communityId = 0;
    qint64 m_sessionId = 0;
    QDate m_date;
    QString m_title;
    QList<SessionAttendance> m_stored;
};

} // namespace steward
