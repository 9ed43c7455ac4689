// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "schedule/IcsEvent.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace steward {

class Clock;

/**
 * Writes sessions as an RFC 5545 calendar that Outlook, Google Calendar and Thunderbird accept: CRLF lines folded
 * at 75 octets (never inside a UTF-8 sequence), escaped TEXT, a VTIMEZONE per zone used (or UTC), series as
 * RRULE + EXDATE with one RECURRENCE-ID VEVENT per moved session. DTSTAMP comes from the injected clock.
 * Confidential descriptions stay out unless setIncludeConfidential(true).
 */
class IcsWriter
{
public:
    explicit IcsWriter(const Clock& clock);

    /** The zone single sessions are written in (series keep their own); UTC (the default) writes "Z" times. */
    void setTimeZone(const QTimeZone& zone) { m_zone = zone; }
    /** Let descriptions of confidential sessions into the file (off by default: confidential notes stay in the app). */
    void setIncludeConfidential(bool include) { m_includeConfidential = include; }
    void setProductId(const QString& productId) { m_productId = productId; }
    /** X-WR-CALNAME, the name Google Calendar and others show for an imported calendar; empty leaves it out. */
    void setCalendarName(const QString& name) { m_calendarName = name; }

    /** The whole VCALENDAR; refuses (with a message) events without UID, duplicate UIDs, empty or invalid times. */
    Result<QByteArray> write(const QList<IcsEvent>& events) const;

    /** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma, line breaks as \n; other controls dropped. */
    static QString escapeText(const QString& text);
    /** One content line (without line end) folded at 75 octets, every physical line ending in CRLF. */
    static QByteArray foldLine(const QByteArray& line);

private:
    Status check(const QList<IcsEvent>& events) const;
    QTimeZone zoneOf(const IcsEvent& event) const;
    QList<QByteArray> eventLines(const IcsEvent& event, const QByteArray& stamp) const;
    void appendDescriptive(QList<QByteArray>& lines, const IcsEvent& event) const;

    const Clock& m_clock;
    QTimeZone m_zone = QTimeZone::utc();
    bool m_includeConfidential = false;
    QString m_productId;
    QString m_calendarName;
};

} // namespace steward
