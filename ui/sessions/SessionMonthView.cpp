// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionMonthView.h"

#include "sessions/SessionCatalog.h"

#include <QLocale>
#include <QPainter>
#include <QTextCharFormat>

namespace steward {

SessionMonthView::SessionMonthView(QWidget* parent)
    : QCalendarWidget(parent)
{
    setObjectName(QStringLiteral("sessionMonthView"));
    setGridVisible(true);
    setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    setHorizontalHeaderFormat(QCalendarWidget::ShortDayNames);
    setFirstDayOfWeek(QLocale().firstDayOfWeek());
}

void SessionMonthView::showCatalog(const SessionCatalog& catalog)
{
    m_lines.clear();
    for (const SessionOccurrence& occurrence : catalog.occurrences()) {
        const auto session = catalog.session(occurrence.sessionId);
        // Cells are narrow: the title says more than the time, which the day's list below shows.
        m_lines[occurrence.start.date()].append(session ? session->title : QString());
    }
    updateCells();
}

void SessionMonthView::paintCell(QPainter* painter, const QRect& rect, QDate date) const
{
    const bool inMonth = date.month() == monthShown() && date.year() == yearShown();
    const bool selected = date == selectedDate();
    const QPalette& pal = palette();
    painter->save();
    painter->fillRect(rect, selected ? pal.highlight() : pal.base());
    const QColor text = selected ? pal.highlightedText().color() : pal.text().color();
    painter->setPen(inMonth ? text : pal.color(QPalette::Disabled, QPalette::Text));
    const QRect inner = rect.adjusted(4, 2, -4, -2);
    QFont font = painter->font();
    font.setBold(true);
    painter->setFont(font);
    painter->drawText(inner, Qt::AlignTop | Qt::AlignRight, QString::number(date.day()));
    font.setBold(false);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const QStringList lines = m_lines.value(date);
    int y = inner.top() + metrics.height() + 2;
    for (const QString& line : lines) {
        if (y + metrics.height() > inner.bottom()) {
            painter->drawText(inner.left(), y - metrics.height() + metrics.ascent(), QStringLiteral("…"));
            break;
        }
        painter->fillRect(QRect(inner.left(), y, 3, metrics.height()), pal.highlight());
        painter->drawText(QRect(inner.left() + 6, y, inner.width() - 6, metrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(line, Qt::ElideRight, inner.width() - 6));
        y += metrics.height() + 1;
    }
    painter->restore();
}

} // namespace steward
