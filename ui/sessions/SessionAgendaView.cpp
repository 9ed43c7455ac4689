// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionAgendaView.h"

#include "TableCsvExport.h"
#include "model/SessionFormat.h"
#include "sessions/SessionCatalog.h"

#include <QHeaderView>
#include <QLocale>

namespace steward {

namespace {

// Weekday, day, month and year: short enough for the column, unambiguous in every locale.
const QString kDateFormat = QStringLiteral("ddd d MMM yyyy");

} // namespace

SessionAgendaView::SessionAgendaView(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("sessionAgendaView"));
    setHeaderLabels({tr("When"), tr("Session"), tr("Format"), tr("Facilitator")});
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTextElideMode(Qt::ElideRight);
    const int em = fontMetrics().averageCharWidth();
    const QString widest =
        QLocale().toString(QDate(2026, 9, 30), kDateFormat) + QStringLiteral(" 00:00 ") + tr("(moved)");
    header()->resizeSection(0, fontMetrics().horizontalAdvance(widest) + 6 * em);
    header()->resizeSection(1, 36 * em);
    header()->resizeSection(2, 20 * em);
    connect(this, &QTreeWidget::currentItemChanged, this, &SessionAgendaView::emitSelection);
    TableCsvExport::install(this, tr("sessions"));
}

void SessionAgendaView::showCatalog(const SessionCatalog& catalog, QDate today)
{
    const QSignalBlocker blocker(this);
    clear();
    m_upcoming = new QTreeWidgetItem(this);
    m_past = new QTreeWidgetItem(this);
    m_upcoming->setFirstColumnSpanned(true);
    m_past->setFirstColumnSpanned(true);
    const QList<SessionOccurrence> all = catalog.occurrences();
    for (const SessionOccurrence& occurrence : all) {
        if (occurrence.end.date() >= today)
            addItem(m_upcoming, catalog, occurrence);
    }
    // The past reads backwards from today: the last meeting is the one people ask about.
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->end.date() < today)
            addItem(m_past, catalog, *it);
    }
    m_upcoming->setText(0, tr("Upcoming (%1)").arg(m_upcoming->childCount()));
    m_past->setText(0, tr("Past (%1)").arg(m_past->childCount()));
    for (QTreeWidgetItem* group : {m_upcoming, m_past}) {
        QFont font = group->font(0);
        font.setBold(true);
        group->setFont(0, font);
        group->setFlags(Qt::ItemIsEnabled);
        group->setExpanded(true);
    }
    emit occurrenceSelected(0, {});
}

QTreeWidgetItem*
SessionAgendaView::addItem(QTreeWidgetItem* group, const SessionCatalog& catalog, const SessionOccurrence& occurrence)
{
    const auto session = catalog.session(occurrence.sessionId);
    auto* item = new QTreeWidgetItem(group);
    const QLocale locale;
    QString when = locale.toString(occurrence.start.date(), kDateFormat) + QLatin1Char(' ')
                   + occurrence.start.time().toString(QStringLiteral("HH:mm"));
    if (occurrence.moved)
        when += QLatin1Char(' ') + tr("(moved)");
    item->setText(0, when);
    item->setText(1, session ? session->title : QString());
    item->setText(2, session ? sessionFormatDisplayName(session->format) : QString());
    item->setText(3, session && session->facilitatorId > 0 ? catalog.name(session->facilitatorId) : QString());
    item->setToolTip(1, item->text(1));
    item->setData(0, SessionIdRole, occurrence.sessionId);
    item->setData(0, DateRole, occurrence.date);
    return item;
}

bool SessionAgendaView::selectOccurrence(qint64 sessionId, QDate date)
{
    for (QTreeWidgetItem* group : {m_upcoming, m_past}) {
        for (int i = 0; group && i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            if (item->data(0, SessionIdRole).toLongLong() == sessionId && item->data(0, DateRole).toDate() == date) {
                setCurrentItem(item);
                scrollToItem(item);
                return true;
            }
        }
    }
    return false;
}

int SessionAgendaView::upcomingCount() const
{
    return m_upcoming ? m_upcoming->childCount() : 0;
}

int SessionAgendaView::pastCount() const
{
    return m_past ? m_past->childCount() : 0;
}

void SessionAgendaView::emitSelection()
{
    QTreeWidgetItem* item = currentItem();
    const qint64 id = item ? item->data(0, SessionIdRole).toLongLong() : 0;
    emit occurrenceSelected(id, id > 0 ? item->data(0, DateRole).toDate() : QDate());
}

} // namespace steward
