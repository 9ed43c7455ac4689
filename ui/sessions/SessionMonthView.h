// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCalendarWidget>
#include <QHash>
#include <QStringList>

namespace steward {

class SessionCatalog;

/** A month grid with the titles of each day's sessions painted into the day's cell. */
class SessionMonthView : public QCalendarWidget
{
    Q_OBJECT

public:
    explicit SessionMonthView(QWidget* parent = nullptr);

    void showCatalog(const SessionCatalog& catalog);
    /** The titles of the day's sessions, in order of start. */
    QStringList linesOn(QDate date) const { return m_lines.value(date); }

protected:
    void paintCell(QPainter* painter, const QRect& rect, QDate date) const override;

private:
    QHash<QDate, QStringList> m_lines;
};

} // namespace steward
