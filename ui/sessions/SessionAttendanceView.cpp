// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionAttendanceView.h"

#include "sessions/SessionCatalog.h"
#include "storage/SessionAttendanceRepository.h"
#include "workspace/SetSessionAttendanceCommand.h"
#include "workspace/Workspace.h"

#include <QHeaderView>
#include <QLocale>

namespace steward {

SessionAttendanceView::SessionAttendanceView(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("sessionAttendanceView"));
    QStringList labels{tr("Member")};
    for (AttendanceStatus status : allAttendanceStatuses())
        labels << attendanceStatusDisplayName(status);
    setHeaderLabels(labels);
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setUniformRowHeights(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(this, &QTreeWidget::itemChanged, this, &SessionAttendanceView::rowChanged);
}

void SessionAttendanceView::showOccurrence(Workspace* workspace,
                                           const SessionCatalog& catalog,
                                           qint64 sessionId,
                                           QDate date)
{
    const QSignalBlocker blocker(this);
    clear();
    m_workspace = workspace;
    m_sessionId = sessionId;
    m_date = date;
    m_communityId = catalog.communityId();
    m_stored.clear();
    if (!workspace || sessionId <= 0)
        return;
    const auto session = catalog.session(sessionId);
    m_title = session ? session->title : QString();
    auto stored = SessionAttendanceRepository(workspace->database()).forOccurrence(sessionId, date);
    if (!stored) {
        emit errorOccurred(stored.errorString());
        return;
    }
    m_stored = *stored;
    const int statuses = int(allAttendanceStatuses().size());
    auto addRow = [this, statuses](qint64 personId, const QString& name) {
        auto* item = new QTreeWidgetItem(this, {name});
        item->setData(0, Qt::UserRole, personId);
        for (int column = 1; column <= statuses; ++column)
            item->setCheckState(column, Qt::Unchecked);
    };
    for (const Member& member : catalog.members())
        addRow(member.membership.personId, member.personName);
    for (const SessionAttendance& record : std::as_const(m_stored)) {
        if (!rowOf(record.personId)) // a guest, or someone who has left since
            addRow(record.personId, catalog.name(record.personId));
        rowOf(record.personId)->setCheckState(int(allAttendanceStatuses().indexOf(record.status)) + 1, Qt::Checked);
    }
}

QTreeWidgetItem* SessionAttendanceView::rowOf(qint64 personId) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == personId)
            return topLevelItem(i);
    }
    return nullptr;
}

QList<SessionAttendance> SessionAttendanceView::ticked() const
{
    QList<SessionAttendance> result;
    const QList<AttendanceStatus> all = allAttendanceStatuses();
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QTreeWidgetItem* row = topLevelItem(i);
        for (int s = 0; s < all.size(); ++s) {
            if (row->checkState(s + 1) == Qt::Checked)
                result.append({m_sessionId, m_date, row->data(0, Qt::UserRole).toLongLong(), all.at(s)});
        }
    }
    return result;
}

void SessionAttendanceView::tick(qint64 personId, AttendanceStatus status)
{
    if (QTreeWidgetItem* row = rowOf(personId))
        row->setCheckState(int(allAttendanceStatuses().indexOf(status)) + 1, Qt::Checked);
}

void SessionAttendanceView::rowChanged(QTreeWidgetItem* item, int column)
{
    if (column < 1 || !m_workspace)
        return;
    {
        // One status per person: a new tick clears the row's other ticks.
        const QSignalBlocker blocker(this);
        if (item->checkState(column) == Qt::Checked) {
            for (int other = 1; other < columnCount(); ++other) {
                if (other != column)
                    item->setCheckState(other, Qt::Unchecked);
            }
        }
    }
    const QList<SessionAttendance> after = ticked();
    const QString text = tr("Attendance of %1 on %2").arg(m_title, QLocale().toString(m_date, QLocale::ShortFormat));
    const QList<SessionAttendance> before = m_stored;
    m_stored = after;
    if (Status s = m_workspace->perform(
            std::make_unique<SetSessionAttendanceCommand>(*m_workspace, m_communityId, before, after, text));
        !s) {
        m_stored = before;
        emit errorOccurred(s.errorString());
    }
}

} // namespace steward
