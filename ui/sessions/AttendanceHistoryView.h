// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace steward {

class SessionCatalog;
class Workspace;

/**
 * Attendance history: per member of the community, how often they attended, were excused or absent and when
 * they last came; beside it the chosen person's own history across every community.
 */
class AttendanceHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit AttendanceHistoryView(QWidget* parent = nullptr);

    void showCommunity(Workspace* workspace, const SessionCatalog& catalog);
    /** Lists the person's own history on the right. */
    void showPerson(qint64 personId);
    QTreeWidget* communityTree() const { return m_community; }
    QTreeWidget* personTree() const { return m_person; }

signals:
    void errorOccurred(const QString& message);

private:
    Workspace* m_workspace = nullptr;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_community = nullptr;
    QLabel* m_personLabel = nullptr;
    QTreeWidget* m_person = nullptr;
};

} // namespace steward
