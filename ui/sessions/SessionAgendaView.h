// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QTreeWidget>

namespace steward {

class SessionCatalog;
struct SessionOccurrence;

/** The agenda: every occurrence of the community's sessions (series expanded), upcoming first, then the past. */
class SessionAgendaView : public QTreeWidget
{
    Q_OBJECT

public:
    enum Role
    {
        SessionIdRole = Qt::UserRole + 1,
        DateRole,
    };

    explicit SessionAgendaView(QWidget* parent = nullptr);

    void showCatalog(const SessionCatalog& catalog, QDate today);
    /** Selects the occurrence (and scrolls to it); false when it is not listed. */
    bool selectOccurrence(qint64 sessionId, QDate date);
    int upcomingCount() const;
    int pastCount() const;

signals:
    /** sessionId 0: nothing selected. */
    void occurrenceSelected(qint64 sessionId, QDate date);

private:
    QTreeWidgetItem*
    addItem(QTreeWidgetItem* group, const SessionCatalog& catalog, const SessionOccurrence& occurrence);
    void emitSelection();

    QTreeWidgetItem* m_upcoming = nullptr;
    QTreeWidgetItem* m_past = nullptr;
};

} // namespace steward
